// Identities: Ed25519 keys, SSHSIG signatures checked by OpenSSH's own ssh-keygen, key files
// that never hold a key in clear text, and a keyring that signs only for names it holds.
#include "identity/KeyFile.h"
#include "identity/KeyStore.h"
#include "identity/SshSig.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace meshdesk::identity;

class TstIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        qunsetenv("MESHDESK_KEY_FILE");
        qunsetenv("MESHDESK_KEY_NAME");
        qunsetenv("MESHDESK_KEY_PASSPHRASE");
    }

    void signAndVerify()
    {
        const SecretKey k = SecretKey::generate();
        const QByteArray msg = "approve change 7";
        const QByteArray sig = sshsig::sign(k, msg);
        QVERIFY(sshsig::verify(sig, msg).ok);
        QCOMPARE(sshsig::verify(sig, msg).key.fingerprint(), k.publicKey().fingerprint());
        // altered content, other namespace, flipped signature byte: all refused with a reason
        const auto altered = sshsig::verify(sig, "approve change 8");
        QVERIFY(!altered.ok);
        QVERIFY(altered.error.contains(QLatin1String("does not match")));
        QVERIFY(!sshsig::verify(sig, msg, "git").ok);
        QByteArray flipped = sig;
        flipped[flipped.size() - 3] = char(flipped[flipped.size() - 3] ^ 1);
        QVERIFY(!sshsig::verify(flipped, msg).ok);
        QVERIFY(!sshsig::verify(sig.left(20), msg).ok);
        // armour round trip
        QCOMPARE(*sshsig::fromArmored(sshsig::armored(sig)), sig);
    }

    void publicKeyLines()
    {
        const SecretKey k = SecretKey::generate();
        const QString line = k.publicKey().openSshLine(QStringLiteral("alice"));
        QVERIFY(line.startsWith(QLatin1String("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5")));
        QString comment;
        const auto back = PublicKey::fromOpenSsh(line, &comment);
        QVERIFY(back);
        QCOMPARE(comment, QStringLiteral("alice"));
        QVERIFY(*back == k.publicKey());
        QString error;
        QVERIFY(!PublicKey::fromOpenSsh(QStringLiteral("ssh-rsa AAAAB3Nza x"), nullptr, &error));
        QVERIFY(error.contains(QLatin1String("ssh-rsa")));
    }

    // The format is OpenSSH's: ssh-keygen verifies what MeshDesk signs, and MeshDesk verifies
    // what ssh-keygen signs, with the fingerprints ssh-keygen prints.
    void interopWithSshKeygen()
    {
        const QString sshKeygen = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
        if (sshKeygen.isEmpty())
            QSKIP("ssh-keygen not installed (Debian: openssh-client, in build.sh)");
        QTemporaryDir tmp;
        const SecretKey k = SecretKey::generate();
        const QByteArray msg = "{\"type\":\"decide\",\"verdict\":\"approve\"}";
        QFile(tmp.filePath(QStringLiteral("act.json"))).open(QIODevice::WriteOnly);
        {
            QFile f(tmp.filePath(QStringLiteral("act.json")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(msg);
            QFile s(tmp.filePath(QStringLiteral("act.json.sig")));
            QVERIFY(s.open(QIODevice::WriteOnly));
            s.write(sshsig::armored(sshsig::sign(k, msg)));
            QFile a(tmp.filePath(QStringLiteral("allowed_signers")));
            QVERIFY(a.open(QIODevice::WriteOnly));
            a.write(sshsig::allowedSignersLine(QStringLiteral("alice"), k.publicKey()).toUtf8() +
                    '\n');
        }
        QProcess p;
        p.setStandardInputFile(tmp.filePath(QStringLiteral("act.json")));
        p.start(sshKeygen,
                {QStringLiteral("-Y"), QStringLiteral("verify"), QStringLiteral("-f"),
                 tmp.filePath(QStringLiteral("allowed_signers")), QStringLiteral("-I"),
                 QStringLiteral("alice"), QStringLiteral("-n"), QStringLiteral("meshdesk"),
                 QStringLiteral("-s"), tmp.filePath(QStringLiteral("act.json.sig"))});
        QVERIFY(p.waitForFinished(10000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(p.readAllStandardOutput().contains("Good \"meshdesk\" signature for alice"));
        // and a tampered document fails the standard tool too
        {
            QFile f(tmp.filePath(QStringLiteral("act.json")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(msg).replace("approve", "reject "));
        }
        p.start(sshKeygen, p.arguments());
        QVERIFY(p.waitForFinished(10000));
        QVERIFY(p.exitCode() != 0);

        // ssh-keygen's own key and signature, read by MeshDesk
        const QString key = tmp.filePath(QStringLiteral("id_ed25519"));
        QCOMPARE(QProcess::execute(sshKeygen, {QStringLiteral("-q"), QStringLiteral("-t"),
                                               QStringLiteral("ed25519"), QStringLiteral("-N"),
                                               QString(), QStringLiteral("-C"),
                                               QStringLiteral("bob"), QStringLiteral("-f"), key}),
                 0);
        QFile pk(key);
        QVERIFY(pk.open(QIODevice::ReadOnly));
        const keyfile::Decoded d = keyfile::readOpenSsh(pk.readAll());
        QVERIFY2(d.key, qPrintable(d.error));
        QCOMPARE(d.name, QStringLiteral("bob"));
        QProcess fp;
        fp.start(sshKeygen,
                 {QStringLiteral("-l"), QStringLiteral("-f"), key + QStringLiteral(".pub")});
        QVERIFY(fp.waitForFinished(10000));
        QVERIFY(QString::fromUtf8(fp.readAllStandardOutput())
                    .contains(d.key->publicKey().fingerprint()));
        QProcess sign;
        sign.setStandardInputFile(tmp.filePath(QStringLiteral("act.json")));
        sign.start(sshKeygen, {QStringLiteral("-Y"), QStringLiteral("sign"), QStringLiteral("-f"),
                               key, QStringLiteral("-n"), QStringLiteral("meshdesk")});
        QVERIFY(sign.waitForFinished(10000));
        QCOMPARE(sign.exitCode(), 0);
        const auto blob = sshsig::fromArmored(sign.readAllStandardOutput());
        QVERIFY(blob);
        QFile act(tmp.filePath(QStringLiteral("act.json")));
        QVERIFY(act.open(QIODevice::ReadOnly));
        const auto v = sshsig::verify(*blob, act.readAll());
        QVERIFY2(v.ok, qPrintable(v.error));
        QVERIFY(v.key == d.key->publicKey());
        // and ssh-keygen reads the demo keys MeshDesk writes in its format
        QFile demo(tmp.filePath(QStringLiteral("demo")));
        QVERIFY(demo.open(QIODevice::WriteOnly));
        demo.write(keyfile::writeOpenSsh(k, QStringLiteral("alice")));
        demo.close();
        QFile::setPermissions(demo.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QProcess y;
        y.start(sshKeygen, {QStringLiteral("-y"), QStringLiteral("-f"), demo.fileName()});
        QVERIFY(y.waitForFinished(10000));
        QVERIFY2(y.exitCode() == 0, y.readAllStandardError().constData());
        QCOMPARE(QString::fromUtf8(y.readAllStandardOutput()).section(QLatin1Char(' '), 0, 1),
                 k.publicKey().openSshLine());
    }

    void encryptedKeyFile()
    {
        const SecretKey k = SecretKey::generate();
        const QByteArray file = keyfile::encrypt(k, QStringLiteral("alice"), "correct horse");
        QVERIFY(!file.contains(k.seed()));
        QVERIFY(!file.contains(k.seed().toBase64()));
        QString name;
        QVERIFY(*keyfile::publicKeyOf(file, &name) == k.publicKey());
        QCOMPARE(name, QStringLiteral("alice"));
        const keyfile::Decoded wrong = keyfile::decrypt(file, "wrong");
        QVERIFY(!wrong.key);
        QVERIFY(wrong.needsPassphrase);
        const keyfile::Decoded right = keyfile::decrypt(file, "correct horse");
        QVERIFY(right.key);
        QVERIFY(right.key->publicKey() == k.publicKey());
        // the name is authenticated: changing it breaks the file
        QByteArray renamed = file;
        const auto blob = wire::dearmor(file, "MESHDESK PRIVATE KEY");
        QByteArray b = *blob;
        b.replace("alice", "mallo");
        QVERIFY(!keyfile::decrypt(wire::armor(b, "MESHDESK PRIVATE KEY"), "correct horse").key);
    }

    // One folder per person: a keyring signs only for the names whose keys it holds.
    void keyringPerPerson()
    {
        QTemporaryDir alice, mallory;
        KeyStore aliceKeys(alice.path()), malloryKeys(mallory.path());
        QVERIFY(aliceKeys.create(QStringLiteral("alice"), Storage::File, "pw-a").identity);
        QVERIFY(malloryKeys.create(QStringLiteral("mallory"), Storage::File, "pw-m").identity);
        // the file is 0600 and holds no key in clear text
        struct stat st
        {
        };
        QVERIFY(::stat(QFile::encodeName(alice.filePath(QStringLiteral("alice.key"))).constData(),
                       &st) == 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);

        int asked = 0;
        Keyring ring(malloryKeys, [&](const QString &, bool) -> std::optional<QByteArray> {
            ++asked;
            return QByteArray("pw-m");
        });
        const auto own = ring.sign(QStringLiteral("mallory"), "x");
        QVERIFY(own.error.isEmpty());
        QVERIFY(sshsig::verify(own.sshsig, "x").ok);
        ring.sign(QStringLiteral("mallory"), "y");
        QCOMPARE(asked, 1); // asked once per session
        const auto forged = ring.sign(QStringLiteral("alice"), "x");
        QVERIFY(forged.sshsig.isEmpty());
        QVERIFY(forged.error.contains(QLatin1String("no private key for 'alice'")));

        // a wrong passphrase, three times, gives up with the reason
        Keyring wrong(aliceKeys,
                      [](const QString &, bool) { return std::optional(QByteArray("x")); });
        const auto w = wrong.sign(QStringLiteral("alice"), "x");
        QVERIFY(w.error.contains(QLatin1String("wrong passphrase")));
        // a name that is not a name
        QVERIFY(!aliceKeys.create(QStringLiteral("bob\nx|y"), Storage::File, "p").identity);
        QVERIFY(!aliceKeys.create(QStringLiteral("alice"), Storage::File, "p").identity); // exists
        QVERIFY(!aliceKeys.create(QStringLiteral("carol"), Storage::File, "")
                     .identity); // no clear text
    }

    // $MESHDESK_KEY_FILE: the headless path (an ssh-keygen -N "" key, 0600 required).
    void headlessKeyFile()
    {
        QTemporaryDir tmp;
        const SecretKey k = SecretKey::generate();
        const QString path = tmp.filePath(QStringLiteral("ci.key"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(keyfile::writeOpenSsh(k, QStringLiteral("ci-bot")));
        f.close();
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ReadGroup);
        qputenv("MESHDESK_KEY_FILE", QFile::encodeName(path));
        KeyStore store(tmp.filePath(QStringLiteral("empty")));
        const auto id = store.find(QStringLiteral("ci-bot"));
        QVERIFY(id);
        QCOMPARE(id->storage, Storage::External);
        Keyring ring(store, nullptr);
        QVERIFY(ring.sign(QStringLiteral("ci-bot"), "x").error.contains(QLatin1String("too open")));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        Keyring ring2(store, nullptr);
        QVERIFY(ring2.sign(QStringLiteral("ci-bot"), "x").error.isEmpty());
        // an encrypted MeshDesk key with the passphrase in the environment
        QFile e(path);
        QVERIFY(e.open(QIODevice::WriteOnly | QIODevice::Truncate));
        e.write(keyfile::encrypt(k, QStringLiteral("ci-bot"), "s3cret"));
        e.close();
        Keyring ring3(store, nullptr);
        QVERIFY(
            ring3.sign(QStringLiteral("ci-bot"), "x").error.contains(QLatin1String("passphrase")));
        qputenv("MESHDESK_KEY_PASSPHRASE", "s3cret");
        Keyring ring4(store, nullptr);
        QVERIFY(ring4.sign(QStringLiteral("ci-bot"), "x").error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstIdentity)
#include "tst_identity.moc"
