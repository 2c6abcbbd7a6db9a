// Runs a fuzz target's entry point over files (or every file under folders) once each: the
// seed corpus and the inputs fuzzing found, as a plain regression test built with any
// compiler (no libFuzzer needed). A crash or abort fails the test.
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    int inputs = 0;
    auto run = [&](const QString &path) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return false;
        }
        const QByteArray bytes = f.readAll();
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                               size_t(bytes.size()));
        ++inputs;
        return true;
    };
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(arg).isDir()) {
            QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                if (!run(it.next()))
                    return 1;
        } else if (!run(arg)) {
            return 1;
        }
    }
    printf("replayed %d input(s)\n", inputs);
    return inputs > 0 ? 0 : 1;
}
