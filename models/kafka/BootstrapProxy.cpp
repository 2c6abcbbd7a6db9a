#include "BootstrapProxy.h"

#include <QTcpSocket>

namespace meshdesk::kafka {

BootstrapProxy::BootstrapProxy(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            upstream->connectToHost(m_host, m_targetPort);
            connect(client, &QTcpSocket::readyRead, upstream,
                    [client, upstream] { upstream->write(client->readAll()); });
            connect(upstream, &QTcpSocket::readyRead, client,
                    [client, upstream] { client->write(upstream->readAll()); });
            connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
            connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }
    });
}

bool BootstrapProxy::listen(quint16 port, const QString &target, QString *error)
{
    const int colon = int(target.lastIndexOf(QLatin1Char(':')));
    m_host = target.left(colon);
    m_targetPort = quint16(target.mid(colon + 1).toUInt());
    if (!m_server.listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = QStringLiteral("127.0.0.1:%1: %2").arg(port).arg(m_server.errorString());
        return false;
    }
    return true;
}

} // namespace meshdesk::kafka
