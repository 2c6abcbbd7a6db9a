#include "KeychainVault.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace meshdesk {

namespace {
template <typename Job> bool run(Job &job, QString *error)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError) {
        if (error)
            *error = job.errorString();
        return false;
    }
    return true;
}
} // namespace

bool KeychainVault::write(const QString &account, const QByteArray &secret, QString *error)
{
    QKeychain::WritePasswordJob job(service());
    job.setKey(account);
    job.setBinaryData(secret);
    return run(job, error);
}

std::optional<QByteArray> KeychainVault::read(const QString &account, QString *error)
{
    QKeychain::ReadPasswordJob job(service());
    job.setKey(account);
    if (!run(job, error))
        return std::nullopt;
    return job.binaryData();
}

void KeychainVault::remove(const QString &account)
{
    QKeychain::DeletePasswordJob job(service());
    job.setKey(account);
    run(job, nullptr);
}

} // namespace meshdesk
