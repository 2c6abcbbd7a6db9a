// Fuzz targets for the importers: one per standard (chosen by MESHDESK_FUZZ_IMPORTER at
// compile time), fed straight to its reader after the loader, so the fuzzer does not have to
// find the detection keys first; then the whole file path (importBytes) as the user sees it.
#include "formats/DocumentImporter.h"
#include "formats/Importers.h"
#include "formats/YamlNode.h"

#include <cstdint>

using namespace meshdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    std::vector<YamlDocument> docs;
    ParseError error;
    YamlLoadOptions options;
    options.maxExpandedNodes = 200000;
    if (loadYaml(text, docs, error, options)) {
        for (const YamlDocument &d : docs) {
            try {
                Diagnostics warnings;
#if MESHDESK_FUZZ_IMPORTER == 1
                (void)formats::readOdcs(*d.root);
#elif MESHDESK_FUZZ_IMPORTER == 2
                (void)formats::readDataContractSpec(*d.root, warnings);
#elif MESHDESK_FUZZ_IMPORTER == 3
                (void)formats::readOdps(*d.root);
#elif MESHDESK_FUZZ_IMPORTER == 4
                (void)formats::readDataProductSpec(*d.root);
#elif MESHDESK_FUZZ_IMPORTER == 5
                (void)formats::readWitboost(*d.root);
#elif MESHDESK_FUZZ_IMPORTER == 6
                (void)formats::readAvro(*d.root);
#else
#error "MESHDESK_FUZZ_IMPORTER must name an importer (1-6)"
#endif
            } catch (const ParseError &) {
            }
        }
    }
    (void)importBytes(QStringLiteral("fuzz.yaml"), text);
    return 0;
}
