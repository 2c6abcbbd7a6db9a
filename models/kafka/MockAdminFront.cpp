#include "MockAdminFront.h"

#include "Kafka.h"
#include "core/Log.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QtEndian>

namespace meshdesk::kafka {

namespace {

// Kafka API keys and error codes the front deals in
constexpr qint16 kMetadata = 3;
constexpr qint16 kApiVersions = 18;
constexpr qint16 kCreateTopics = 19;
constexpr qint16 kMaxCreateTopics = 4; // non-flexible versions only
constexpr qint16 kMaxMetadata = 4;     // the versions rewritten here
constexpr qint16 kInvalidTopic = 17;
constexpr qint16 kInvalidPartitions = 37;
constexpr qint16 kInvalidReplication = 38;

// Reads big-endian Kafka primitives; any overrun sets `bad`.
struct Reader
{
    const QByteArray &b;
    qsizetype pos = 0;
    bool bad = false;
    template <typename T> T num()
    {
        if (pos + qsizetype(sizeof(T)) > b.size()) {
            bad = true;
            return 0;
        }
        const T v = qFromBigEndian<T>(b.constData() + pos);
        pos += sizeof(T);
        return v;
    }
    QByteArray str(bool *isNull = nullptr) // int16 length, -1 = null
    {
        const qint16 n = num<qint16>();
        if (isNull)
            *isNull = n < 0;
        if (n < 0)
            return {};
        if (pos + n > b.size()) {
            bad = true;
            return {};
        }
        const QByteArray s = b.mid(pos, n);
        pos += n;
        return s;
    }
};

struct Writer
{
    QByteArray b;
    template <typename T> void num(T v)
    {
        char buf[sizeof(T)];
        qToBigEndian<T>(v, buf);
        b.append(buf, sizeof(T));
    }
    void str(const QByteArray &s, bool null = false)
    {
        if (null) {
            num<qint16>(-1);
            return;
        }
        num<qint16>(qint16(s.size()));
        b.append(s);
    }
    QByteArray frame() const
    {
        Writer w;
        w.num<qint32>(qint32(b.size()));
        return w.b + b;
    }
};

QByteArray errorMessage(int code, const CreateTopicRequest &t, int brokers)
{
    switch (code) {
    case 29:
        return "Authorization failed.";
    case 31:
        return "Cluster authorization failed.";
    case 36:
        return QStringLiteral("Topic '%1' already exists.").arg(t.name).toUtf8();
    case kInvalidPartitions:
        return "Number of partitions must be larger than 0.";
    case kInvalidReplication:
        return QStringLiteral("Replication factor: %1 larger than available brokers: %2.")
            .arg(t.replicationFactor)
            .arg(brokers)
            .toUtf8();
    case kInvalidTopic:
        return QStringLiteral("Topic name \"%1\" is illegal.").arg(t.name).toUtf8();
    case 44:
        return "The request parameters do not satisfy the configured policy.";
    default:
        return {};
    }
}

} // namespace

struct MockAdminFront::Private
{
    MockBroker &broker;
    QThread thread;
    class AdminFrontServer *server = nullptr;
    explicit Private(MockBroker &b) : broker(b) {}
    QString bootstrap;
    mutable QMutex mutex;
    QList<int> pushed;
    QList<CreateTopicRequest> requests;
};

// Lives on the front's thread: the listeners and their connections.
class AdminFrontServer : public QObject
{
public:
    explicit AdminFrontServer(MockAdminFront::Private *d) : m_d(d) {}

    // A listener forwarding to target (host:port); its port.
    quint16 listenerFor(const QString &target)
    {
        if (const auto it = m_listeners.constFind(target); it != m_listeners.constEnd())
            return (*it)->serverPort();
        auto *server = new QTcpServer(this);
        if (!server->listen(QHostAddress::LocalHost, 0)) {
            log::get("kafka")->warn("admin front: cannot listen: {}", server->errorString());
            delete server;
            return 0;
        }
        const int colon = int(target.lastIndexOf(QLatin1Char(':')));
        const QString host = target.left(colon);
        const quint16 port = quint16(target.mid(colon + 1).toUInt());
        connect(server, &QTcpServer::newConnection, this, [this, server, host, port] {
            while (QTcpSocket *client = server->nextPendingConnection())
                link(client, host, port);
        });
        m_listeners.insert(target, server);
        return server->serverPort();
    }

private:
    struct Link
    {
        QByteArray fromClient, fromBroker;
        QHash<qint32, QPair<qint16, qint16>> asked; // correlation id -> (api key, version)
    };

    void link(QTcpSocket *client, const QString &host, quint16 port)
    {
        auto *upstream = new QTcpSocket(client);
        auto state = std::make_shared<Link>();
        upstream->connectToHost(host, port);
        connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream, state] {
            state->fromClient += client->readAll();
            QByteArray frame;
            while (takeFrame(state->fromClient, frame)) {
                if (frame.size() < 8)
                    continue;
                const qint16 key = qFromBigEndian<qint16>(frame.constData());
                const qint16 version = qFromBigEndian<qint16>(frame.constData() + 2);
                const qint32 corr = qFromBigEndian<qint32>(frame.constData() + 4);
                if (key == kCreateTopics && version <= kMaxCreateTopics) {
                    client->write(createTopics(frame, version, corr));
                    continue;
                }
                if (key == kApiVersions || key == kMetadata)
                    state->asked.insert(corr, {key, version});
                upstream->write(Writer{frame}.frame());
            }
        });
        connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, state] {
            state->fromBroker += upstream->readAll();
            QByteArray frame;
            while (takeFrame(state->fromBroker, frame)) {
                if (frame.size() >= 4) {
                    const qint32 corr = qFromBigEndian<qint32>(frame.constData());
                    const auto asked = state->asked.take(corr);
                    if (asked.first == kApiVersions)
                        frame = apiVersions(frame, asked.second);
                    else if (asked.first == kMetadata)
                        frame = metadata(frame, asked.second);
                }
                client->write(Writer{frame}.frame());
            }
        });
        connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }

    static bool takeFrame(QByteArray &buffer, QByteArray &frame)
    {
        if (buffer.size() < 4)
            return false;
        const qint32 n = qFromBigEndian<qint32>(buffer.constData());
        if (n < 0 || buffer.size() < 4 + n)
            return false;
        frame = buffer.mid(4, n);
        buffer.remove(0, 4 + n);
        return true;
    }

    // ApiVersions v0-v2: offer CreateTopics, cap Metadata at what is rewritten here.
    static QByteArray apiVersions(const QByteArray &frame, qint16 version)
    {
        if (version > 2)
            return frame; // the mock refuses v3 (UNSUPPORTED_VERSION) and the client asks again
        Reader r{frame, 4};
        const qint16 error = r.num<qint16>();
        const qint32 count = r.num<qint32>();
        if (r.bad || error != 0 || count < 0)
            return frame;
        Writer w;
        w.b = frame.left(4);
        w.num<qint16>(error);
        w.num<qint32>(count + 1);
        for (qint32 i = 0; i < count; ++i) {
            const qint16 key = r.num<qint16>();
            const qint16 min = r.num<qint16>();
            qint16 max = r.num<qint16>();
            if (key == kMetadata)
                max = std::min(max, kMaxMetadata);
            w.num(key);
            w.num(min);
            w.num(max);
        }
        if (r.bad)
            return frame;
        w.num<qint16>(kCreateTopics);
        w.num<qint16>(0);
        w.num<qint16>(kMaxCreateTopics);
        w.b += frame.mid(r.pos); // throttle time (v1+)
        return w.b;
    }

    // Metadata v0-v4: the brokers are the front's listeners; the controller is a real broker.
    QByteArray metadata(const QByteArray &frame, qint16 version)
    {
        if (version > kMaxMetadata)
            return frame;
        Reader r{frame, 4};
        Writer w;
        w.b = frame.left(4);
        if (version >= 3)
            w.num(r.num<qint32>()); // throttle
        const qint32 brokers = r.num<qint32>();
        w.num(brokers);
        QList<qint32> ids;
        for (qint32 i = 0; i < brokers && !r.bad; ++i) {
            const qint32 id = r.num<qint32>();
            const QByteArray host = r.str();
            const qint32 port = r.num<qint32>();
            ids << id;
            w.num(id);
            w.str("127.0.0.1");
            w.num<qint32>(
                listenerFor(QString::fromUtf8(host) + QLatin1Char(':') + QString::number(port)));
            if (version >= 1) {
                bool null = false;
                const QByteArray rack = r.str(&null);
                w.str(rack, null);
            }
        }
        if (version >= 2) {
            bool null = false;
            const QByteArray cluster = r.str(&null);
            w.str(cluster, null);
        }
        if (version >= 1) {
            const qint32 controller = r.num<qint32>();
            w.num<qint32>(ids.contains(controller) || ids.isEmpty() ? controller : ids.front());
        }
        if (r.bad)
            return frame;
        w.b += frame.mid(r.pos); // the topics, as they are
        return w.b;
    }

    QByteArray createTopics(const QByteArray &frame, qint16 version, qint32 corr)
    {
        Reader r{frame, 8};
        r.str(); // client id
        QList<CreateTopicRequest> topics;
        const qint32 n = r.num<qint32>();
        for (qint32 i = 0; i < n && !r.bad; ++i) {
            CreateTopicRequest t;
            t.name = QString::fromUtf8(r.str());
            t.partitions = r.num<qint32>();
            t.replicationFactor = r.num<qint16>();
            const qint32 assignments = r.num<qint32>();
            for (qint32 a = 0; a < assignments && !r.bad; ++a) {
                r.num<qint32>();
                const qint32 replicas = r.num<qint32>();
                for (qint32 k = 0; k < replicas && !r.bad; ++k)
                    r.num<qint32>();
            }
            const qint32 configs = r.num<qint32>();
            for (qint32 c = 0; c < configs && !r.bad; ++c) {
                const QString key = QString::fromUtf8(r.str());
                const QString value = QString::fromUtf8(r.str());
                t.configs.append({key, value});
            }
            topics << t;
        }
        r.num<qint32>(); // timeout
        const bool validateOnly = version >= 1 && r.num<qint8>() != 0;
        int pushed = 0;
        {
            QMutexLocker lock(&m_d->mutex);
            if (!m_d->pushed.isEmpty())
                pushed = m_d->pushed.takeFirst();
        }
        const int brokers = m_d->broker.brokerCount();
        static const QRegularExpression legal(QStringLiteral("^[A-Za-z0-9._-]{1,249}$"));
        Writer w;
        w.num(corr);
        if (version >= 2)
            w.num<qint32>(0); // throttle
        w.num<qint32>(qint32(topics.size()));
        for (CreateTopicRequest &t : topics) {
            t.validateOnly = validateOnly;
            const int partitions = t.partitions == -1 ? 1 : t.partitions;
            const int replication = t.replicationFactor == -1 ? 1 : t.replicationFactor;
            int code = pushed;
            if (!code && !legal.match(t.name).hasMatch())
                code = kInvalidTopic;
            if (!code && partitions < 1)
                code = kInvalidPartitions;
            if (!code && (replication < 1 || replication > brokers))
                code = kInvalidReplication;
            if (!code && !validateOnly)
                code = m_d->broker.createTopicAsAdmin(t.name, partitions, replication);
            t.errorCode = code;
            w.str(t.name.toUtf8());
            w.num<qint16>(qint16(code));
            if (version >= 1) {
                const QByteArray message = errorMessage(code, t, brokers);
                w.str(message, message.isEmpty());
            }
            log::get("kafka")->info(
                "admin front: create topic {} ({} partitions, replication {}{}): {}", t.name,
                partitions, replication, validateOnly ? ", validate only" : "", code);
        }
        {
            QMutexLocker lock(&m_d->mutex);
            m_d->requests += topics;
        }
        return w.frame();
    }

    MockAdminFront::Private *m_d;
    QHash<QString, QTcpServer *> m_listeners;
};

MockAdminFront::MockAdminFront(MockBroker &broker) : d(std::make_unique<Private>(broker)) {}

MockAdminFront::~MockAdminFront()
{
    if (d->server) {
        AdminFrontServer *server = d->server;
        QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    }
    d->thread.quit();
    d->thread.wait();
}

bool MockAdminFront::start(QString *error)
{
    const QString first = d->broker.bootstrap().section(QLatin1Char(','), 0, 0);
    if (first.isEmpty()) {
        if (error)
            *error = QStringLiteral("the mock cluster is not running");
        return false;
    }
    d->thread.setObjectName(QStringLiteral("kafka-admin-front"));
    d->thread.start();
    d->server = new AdminFrontServer(d.get());
    d->server->moveToThread(&d->thread);
    quint16 port = 0;
    AdminFrontServer *server = d->server;
    QMetaObject::invokeMethod(
        server, [server, first, &port] { port = server->listenerFor(first); },
        Qt::BlockingQueuedConnection);
    if (!port) {
        if (error)
            *error = QStringLiteral("the admin front cannot listen on 127.0.0.1");
        return false;
    }
    d->bootstrap = QStringLiteral("127.0.0.1:%1").arg(port);
    return true;
}

QString MockAdminFront::bootstrap() const
{
    return d->bootstrap;
}

void MockAdminFront::pushCreateTopicsErrors(const QList<int> &errorCodes)
{
    QMutexLocker lock(&d->mutex);
    d->pushed += errorCodes;
}

QList<CreateTopicRequest> MockAdminFront::requests() const
{
    QMutexLocker lock(&d->mutex);
    return d->requests;
}

} // namespace meshdesk::kafka
