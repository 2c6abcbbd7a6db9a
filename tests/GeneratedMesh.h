// The layered meshes bench_lineage lays out, and its count of the crossings between edges drawn
// as straight lines between node centres; tst_lineage checks the layout on the same meshes with
// the same count. Meshes: n products in layers (4 for 100, more for bigger meshes), 10-40
// domains, 1-5 inputs each, mostly from the layer above and 60% from the product's own domain.
#pragma once

#include "lineage/LineageGraph.h"

#include <QPointF>
#include <QRandomGenerator>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>
#include <vector>

namespace meshdesk::test {

inline QList<lineage::ProductInput> layeredMesh(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    const int domains = std::clamp(n / 125, 10, 40);
    const int layers = std::max(4, int(std::sqrt(double(n)) / 2.2));
    QList<lineage::ProductInput> out;
    std::vector<std::vector<int>> byLayer(static_cast<size_t>(layers));
    std::vector<int> domainOf;
    for (int i = 0; i < n; ++i) {
        lineage::ProductInput p;
        p.id = QStringLiteral("p%1").arg(i);
        p.name = p.id;
        const int layer = int(qint64(i) * layers / n);
        const int domain = int(rng.bounded(domains));
        p.domain = QStringLiteral("d%1").arg(domain);
        p.outputContracts << QStringLiteral("c%1").arg(i);
        if (layer > 0) {
            const int inputs = 1 + int(rng.bounded(5));
            for (int k = 0; k < inputs; ++k) {
                // mostly the layer above, sometimes two or three up
                const int back = rng.bounded(10) < 7 ? 1 : 1 + int(rng.bounded(std::min(3, layer)));
                const auto &candidates = byLayer[size_t(layer - back)];
                if (candidates.empty())
                    continue;
                // domains mostly read their own products (60%), else any domain's
                int pick = candidates[rng.bounded(int(candidates.size()))];
                if (rng.bounded(10) < 6)
                    for (int tries = 0; tries < 8 && domainOf[size_t(pick)] != domain; ++tries)
                        pick = candidates[rng.bounded(int(candidates.size()))];
                p.inputContracts << QStringLiteral("c%1").arg(pick);
            }
        }
        byLayer[size_t(layer)].push_back(i);
        domainOf.push_back(domain);
        out << p;
    }
    return out;
}

// straight-line crossings between edges, brute force with an x-extent filter
inline long long straightCrossings(const std::vector<std::pair<QPointF, QPointF>> &segs)
{
    auto ccw = [](QPointF a, QPointF b, QPointF c) {
        return (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
    };
    std::vector<size_t> idx(segs.size());
    std::iota(idx.begin(), idx.end(), 0);
    auto minX = [&](size_t i) { return std::min(segs[i].first.x(), segs[i].second.x()); };
    auto maxX = [&](size_t i) { return std::max(segs[i].first.x(), segs[i].second.x()); };
    std::sort(idx.begin(), idx.end(), [&](size_t a, size_t b) { return minX(a) < minX(b); });
    long long c = 0;
    for (size_t ii = 0; ii < idx.size(); ++ii) {
        const auto &[a, b] = segs[idx[ii]];
        for (size_t jj = ii + 1; jj < idx.size() && minX(idx[jj]) <= maxX(idx[ii]); ++jj) {
            const auto &[p, q] = segs[idx[jj]];
            if (a == p || a == q || b == p || b == q)
                continue; // sharing an end is not a crossing
            const double d1 = ccw(a, b, p), d2 = ccw(a, b, q), d3 = ccw(p, q, a), d4 = ccw(p, q, b);
            if (((d1 > 0) != (d2 > 0)) && ((d3 > 0) != (d4 > 0)) && d1 != 0 && d2 != 0 && d3 != 0 &&
                d4 != 0)
                ++c;
        }
    }
    return c;
}

} // namespace meshdesk::test
