// safetensors I/O: round trip, metadata, header validation, and a fuzz loop over mutated headers
// that must never crash.

#include "support/TestMain.h"

#include "model/SafetensorsFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace a2a;

namespace {

QByteArray floats(std::initializer_list<float> v)
{
    return QByteArray(reinterpret_cast<const char *>(std::data(v)), int(v.size() * sizeof(float)));
}

QByteArray rawFile(const QByteArray &header, const QByteArray &data)
{
    QByteArray len(8, '\0');
    for (int i = 0; i < 8; ++i)
        len[i] = char((quint64(header.size()) >> (8 * i)) & 0xFF);
    return len + header + data;
}

}  // namespace

class TestSafetensors : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString write(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("t.safetensors"));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(bytes);
        return path;
    }

private Q_SLOTS:
    void roundTrip()
    {
        SafetensorsWriter w;
        w.add(QStringLiteral("a.weight"), TensorDType::F32, {2, 2}, floats({1, 2, 3, 4}));
        w.add(QStringLiteral("b"), TensorDType::BF16, {3}, QByteArray(6, '\x01'));
        w.setMetadata(QStringLiteral("config"), QStringLiteral("{\"transformer\": {}}"));
        const QString path = m_dir.filePath(QStringLiteral("rt.safetensors"));
        QCOMPARE(w.write(path), QString());
        QString error;
        const auto f = SafetensorsFile::open(path, &error);
        QVERIFY2(f, qPrintable(error));
        QCOMPARE(f->tensorNames(), (QStringList{QStringLiteral("a.weight"), QStringLiteral("b")}));
        QCOMPARE(f->info(QStringLiteral("a.weight"))->shape, (std::vector<int64_t>{2, 2}));
        QCOMPARE(reinterpret_cast<const float *>(f->data(QStringLiteral("a.weight")))[3], 4.f);
        QCOMPARE(f->info(QStringLiteral("b"))->dtype, TensorDType::BF16);
        QCOMPARE(f->metadata().value(QStringLiteral("config")), QStringLiteral("{\"transformer\": {}}"));
        QVERIFY(!f->data(QStringLiteral("missing")));
        QVERIFY(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".part")).isEmpty());
    }

    void writerRejectsWrongSizes()
    {
        SafetensorsWriter w;
        w.add(QStringLiteral("x"), TensorDType::F32, {3}, floats({1, 2}));
        QVERIFY(w.write(m_dir.filePath(QStringLiteral("bad.safetensors"))).contains(QStringLiteral("do not match")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.safetensors"))));
    }

    void badHeaders_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("expected");
        const QByteArray data = floats({1, 2});
        QTest::newRow("too short") << QByteArray("abc") << "too short";
        QTest::newRow("length past end") << rawFile("{}", {}).replace(0, 1, "\xff") << "does not fit";
        QTest::newRow("not json") << rawFile("{nope", data) << "not a JSON object";
        QTest::newRow("int8 dtype") << rawFile(R"({"x":{"dtype":"I8","shape":[2],"data_offsets":[0,2]}})", data) << "only F32, F16 and BF16";
        QTest::newRow("out of bounds") << rawFile(R"({"x":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}})", data) << "outside the file";
        QTest::newRow("size mismatch") << rawFile(R"({"x":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}})", data) << "shape needs 12";
        QTest::newRow("overlap") << rawFile(R"({"x":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"y":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})", data) << "overlap";
        QTest::newRow("negative dim") << rawFile(R"({"x":{"dtype":"F32","shape":[-2],"data_offsets":[0,8]}})", data) << "invalid dimension";
        QTest::newRow("metadata not string") << rawFile(R"({"__metadata__":{"a":1}})", data) << "not a string";
    }
    void badHeaders()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!SafetensorsFile::open(write(file), &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void fuzzedHeadersNeverCrash()
    {
        SafetensorsWriter w;
        w.add(QStringLiteral("model.diffusion_model.a.weight"), TensorDType::F32, {4, 4}, QByteArray(64, '\x02'));
        w.add(QStringLiteral("model.diffusion_model.a.bias"), TensorDType::F16, {4}, QByteArray(8, '\x03'));
        w.setMetadata(QStringLiteral("config"), QStringLiteral("{}"));
        const QString good = m_dir.filePath(QStringLiteral("good.safetensors"));
        QVERIFY(w.write(good).isEmpty());
        QFile g(good);
        QVERIFY(g.open(QIODevice::ReadOnly));
        const QByteArray original = g.readAll();
        uint32_t state = 12345;
        int rejected = 0;
        for (int i = 0; i < 2000; ++i) {
            QByteArray bytes = original;
            const int flips = 1 + int(state % 4);
            for (int k = 0; k < flips; ++k) {
                state = state * 1664525u + 1013904223u;
                const int at = int(state % uint32_t(std::min<int>(bytes.size(), 200)));
                bytes[at] = char(state >> 24);
            }
            state = state * 1664525u + 1013904223u;
            if (state % 7 == 0)
                bytes.truncate(int(state % uint32_t(bytes.size())));
            QString error;
            const auto f = SafetensorsFile::open(write(bytes), &error);
            if (!f) {
                ++rejected;
                QVERIFY(!error.isEmpty());
                continue;
            }
            // Whatever was accepted must be internally consistent.
            for (const QString &name : f->tensorNames()) {
                const TensorInfo *t = f->info(name);
                QCOMPARE(t->end - t->begin, t->elementCount() * dtypeSize(t->dtype));
                volatile uchar sink = 0;
                for (int64_t b = 0; b < t->end - t->begin; ++b)
                    sink = sink ^ f->data(name)[b];
            }
        }
        QVERIFY(rejected > 1000);
    }
};

A2A_TEST_MAIN(TestSafetensors)
#include "test_safetensors.moc"
