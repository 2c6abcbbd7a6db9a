// A fixed bootstrap port for the demo broker: librdkafka 2.0's mock cluster listens on a port
// of its own choosing, so `demo-broker --port P` listens on P and forwards each connection to
// the mock. Clients only bootstrap through it: the metadata they get back names the mock's own
// address, which they then use directly (loopback only).
#pragma once

#include <QObject>
#include <QTcpServer>

namespace meshdesk::kafka {

class BootstrapProxy : public QObject
{
    Q_OBJECT
public:
    explicit BootstrapProxy(QObject *parent = nullptr);
    bool listen(quint16 port, const QString &target, QString *error = nullptr);
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
    QString m_host;
    quint16 m_targetPort = 0;
};

} // namespace meshdesk::kafka
