// Decoding every accepted format, the channel and rate rules, AAC priming alignment, and the bad
// inputs that must come back as a per-file issue (never a crash or a hang).

#include "support/TestMain.h"
#include "support/TestSignals.h"

#include "audio/AudioDecoder.h"
#include "audio/ChannelDownmix.h"
#include "audio/Resampler.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cmath>
#include <limits>

using namespace a2a;

namespace {

QString dataFile(const QString &name) { return QStringLiteral(A2A_TEST_DATA_DIR "/") + name; }

bool hasIssue(const DecodeResult &r, const QString &code, Severity severity)
{
    for (const Issue &i : r.issues)
        if (i.code == code && i.severity == severity)
            return true;
    return false;
}

}  // namespace

class TestAudioDecode : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void eachFormatDecodes_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("ext");
        QTest::addColumn<double>("maxError");
        QTest::newRow("wav") << "wav" << "wav" << 1e-4;
        QTest::newRow("flac") << "flac" << "flac" << 1e-4;
        QTest::newRow("ogg") << "ogg" << "ogg" << -1.0;  // lossy: length and level only
        QTest::newRow("mp3") << "mp3" << "mp3" << -1.0;
        QTest::newRow("WAV upper-case") << "wav" << "WAV" << 1e-4;
    }
    void eachFormatDecodes()
    {
        QFETCH(QString, format);
        QFETCH(QString, ext);
        QFETCH(double, maxError);
        const AudioBuffer source = test::sine(44100, 2, 2.0, 440.0, 0.5f);
        const QString file = path(QStringLiteral("clip_%1.%2").arg(format, ext));
        QVERIFY(test::writeClip(file, source, format));
        const DecodeResult r = decodeAudioFile(file);
        QVERIFY2(r.ok(), qPrintable(r.issues.isEmpty() ? QString() : r.issues.first().toText()));
        QCOMPARE(r.info.sampleRate, 44100);
        QCOMPARE(r.info.channels, 2);
        QCOMPARE(r.info.container, format);
        // mp3 pads up to a frame (LAME adds its own delay that libsndfile removes): allow 50 ms.
        QVERIFY2(std::abs(r.audio.durationSeconds() - 2.0) < (format == QLatin1String("mp3") ? 0.05 : 0.001),
                 qPrintable(QString::number(r.audio.durationSeconds())));
        QVERIFY(std::abs(peakLevel(r.audio) - 0.5f) < 0.05f);
        if (maxError > 0) {
            double worst = 0;
            for (size_t i = 0; i < source.samples.size(); ++i)
                worst = std::max(worst, double(std::fabs(source.samples[i] - r.audio.samples[i])));
            QVERIFY2(worst < maxError, qPrintable(QString::number(worst)));
        }
        QCOMPARE(test::zeroCrossingFrequency(r.audio) > 430, true);
    }

    void aacAndM4aStaySampleAligned_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("seed");
        QTest::addColumn<double>("lengthTolerance");
        QTest::newRow("m4a 44.1k mono") << "noise_44k1_mono.m4a" << 44100 << 1 << 7 << 0.001;
        QTest::newRow("m4a 48k stereo") << "noise_48k_stereo.m4a" << 48000 << 2 << 9 << 0.001;
        // Raw ADTS carries no end-padding facts: the length is known to within one AAC frame.
        QTest::newRow("aac ADTS") << "noise_44k1_mono.aac" << 44100 << 1 << 7 << 1024.0 / 44100.0;
    }
    void aacAndM4aStaySampleAligned()
    {
        QFETCH(QString, file);
        QFETCH(int, rate);
        QFETCH(int, channels);
        QFETCH(int, seed);
        QFETCH(double, lengthTolerance);
        const AudioBuffer original = test::noise(rate, channels, 1.0, 0.5f, uint32_t(seed));
        const DecodeResult r = decodeAudioFile(dataFile(file));
        QVERIFY2(r.ok(), qPrintable(r.issues.isEmpty() ? QString() : r.issues.first().toText()));
        QCOMPARE(r.info.container, QFileInfo(file).suffix());
        QCOMPARE(r.audio.sampleRate, rate);
        QCOMPARE(r.audio.channels, channels);
        QVERIFY2(std::abs(r.audio.durationSeconds() - 1.0) <= lengthTolerance,
                 qPrintable(QStringLiteral("decoded %1 s").arg(r.audio.durationSeconds(), 0, 'f', 5)));
        double correlation = 0;
        const int lag = test::bestLag(original, r.audio, 2200, &correlation);
        QCOMPARE(lag, 0);  // priming removed: frame 0 of the decode is frame 0 of the original
        // Lossy AAC keeps the band it can afford; a wrong alignment would correlate near 0.
        QVERIFY2(correlation > 0.3, qPrintable(QString::number(correlation)));
    }

    void freshlyEncodedM4aAligned()
    {
        // Same check on a clip encoded now, at an odd length, if the ffmpeg tool is present.
        const AudioBuffer original = test::noise(32000, 1, 1.3377, 0.4f, 3);
        QVERIFY(test::writeClip(path(QStringLiteral("odd.wav")), original));
        if (!test::ffmpegEncode(path(QStringLiteral("odd.wav")), path(QStringLiteral("odd.m4a")), {QStringLiteral("-c:a"), QStringLiteral("aac")}))
            QSKIP("ffmpeg is not installed");
        const DecodeResult r = decodeAudioFile(path(QStringLiteral("odd.m4a")));
        QVERIFY(r.ok());
        QVERIFY(std::abs(r.audio.frames() - original.frames()) <= 32);  // within 1 ms
        QCOMPARE(test::bestLag(original, r.audio, 2200), 0);
    }

    void anyChannelCountAndRate_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("channels");
        QTest::newRow("mono 8k") << 8000 << 1;
        QTest::newRow("8 channels") << 48000 << 8;
        QTest::newRow("6 channels") << 44100 << 6;
        QTest::newRow("3 channels") << 22050 << 3;
        QTest::newRow("192 kHz") << 192000 << 2;
    }
    void anyChannelCountAndRate()
    {
        QFETCH(int, rate);
        QFETCH(int, channels);
        const QString file = path(QStringLiteral("multi_%1_%2.wav").arg(rate).arg(channels));
        QVERIFY(test::writeClip(file, test::sine(rate, channels, 1.0, 1000.0, 0.5f), QStringLiteral("wav-float")));
        DecodeOptions options;
        options.toStereo = true;
        options.targetRate = 16000;
        const DecodeResult r = decodeAudioFile(file, options);
        QVERIFY(r.ok());
        QCOMPARE(r.info.channels, channels);
        QCOMPARE(r.info.sampleRate, rate);
        QCOMPARE(r.audio.channels, 2);
        QCOMPARE(r.audio.sampleRate, 16000);
        QCOMPARE(r.audio.frames(), int64_t(16000));
        QVERIFY(std::abs(test::zeroCrossingFrequency(r.audio) - 1000.0) < 10.0);
    }

    void downmixFollowsSpec()
    {
        // 5.1: L = (FL + .707 C + .707 BL) / 2.414; LFE ignored.
        AudioBuffer six;
        six.sampleRate = 100;
        six.channels = 6;
        six.samples = {1.f, 0.f, 1.f, 1.f, 1.f, 0.f};
        AudioBuffer st = downmixToStereo(six);
        QCOMPARE(st.channels, 2);
        QVERIFY(std::abs(st.samples[0] - 1.f) < 1e-4f);                   // all weights of L hit: sum 1
        QVERIFY(std::abs(st.samples[1] - 0.707f / 2.414f) < 1e-3f);      // only the centre reaches R
        AudioBuffer mono;
        mono.sampleRate = 100;
        mono.channels = 1;
        mono.samples = {0.25f, -0.5f};
        st = downmixToStereo(mono);
        QCOMPARE(st.samples, (std::vector<float>{0.25f, 0.25f, -0.5f, -0.5f}));
        AudioBuffer three;
        three.sampleRate = 100;
        three.channels = 3;
        three.samples = {0.3f, 0.6f, 0.9f};
        st = downmixToStereo(three);
        QVERIFY(std::abs(st.samples[0] - 0.6f) < 1e-6f && std::abs(st.samples[1] - 0.6f) < 1e-6f);
    }

    void resamplerKeepsLengthAndPitch()
    {
        const AudioBuffer in = test::sine(44100, 1, 2.0, 440.0);
        const AudioBuffer out = resample(in, 16000);
        QCOMPARE(out.frames(), int64_t(32000));
        QVERIFY(std::abs(test::zeroCrossingFrequency(out) - 440.0) < 2.0);
        QVERIFY(std::abs(peakLevel(out) - 0.5f) < 0.02f);
    }

    void emptyFileIsAnIssue()
    {
        const QString file = path(QStringLiteral("empty_start.wav"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const DecodeResult r = decodeAudioFile(file);
        QVERIFY(!r.ok());
        QVERIFY(hasIssue(r, QStringLiteral("audio-empty"), Severity::Error));
        QVERIFY(r.issues.first().message.contains(QStringLiteral("empty")));
    }

    void zeroLengthAudioIsAnIssue()
    {
        AudioBuffer none;
        none.sampleRate = 44100;
        none.channels = 1;
        const QString file = path(QStringLiteral("zero.wav"));
        QVERIFY(test::writeClip(file, none));
        QVERIFY(QFileInfo(file).size() > 0);  // a valid header with no samples
        const DecodeResult r = decodeAudioFile(file);
        QVERIFY(hasIssue(r, QStringLiteral("audio-empty"), Severity::Error));
        for (const QString ext : {QStringLiteral("m4a"), QStringLiteral("aac")}) {
            const QString bad = path(QStringLiteral("zero.") + ext);
            QFile::copy(file, bad);
            const DecodeResult r2 = decodeAudioFile(bad);
            QVERIFY(!r2.ok());
        }
    }

    void truncatedFileWarnsAndKeepsTheReadablePart()
    {
        const QString file = path(QStringLiteral("trunc.wav"));
        QVERIFY(test::writeClip(file, test::noise(16000, 1, 2.0)));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(44 + 16000 * 2 / 2));  // header + 0.5 s of 16-bit samples
        f.close();
        const DecodeResult r = decodeAudioFile(file);
        QVERIFY(r.ok());
        QVERIFY(hasIssue(r, QStringLiteral("audio-truncated"), Severity::Warning));
        QVERIFY(std::abs(r.audio.durationSeconds() - 0.5) < 0.01);

        // A truncated m4a (moov at the end is cut off) must fail cleanly and quickly.
        QFile m4a(dataFile(QStringLiteral("noise_44k1_mono.m4a")));
        QVERIFY(m4a.open(QIODevice::ReadOnly));
        const QByteArray bytes = m4a.readAll();
        QFile cut(path(QStringLiteral("cut.m4a")));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(bytes.left(bytes.size() / 2));
        cut.close();
        QElapsedTimer t;
        t.start();
        const DecodeResult r2 = decodeAudioFile(cut.fileName());
        QVERIFY(t.elapsed() < 15000);
        QVERIFY(hasIssue(r2, QStringLiteral("audio-truncated"), Severity::Error));

        QFile adts(dataFile(QStringLiteral("noise_44k1_mono.aac")));
        QVERIFY(adts.open(QIODevice::ReadOnly));
        const QByteArray adtsBytes = adts.readAll();
        QFile cutAdts(path(QStringLiteral("cut.aac")));
        QVERIFY(cutAdts.open(QIODevice::WriteOnly));
        cutAdts.write(adtsBytes.left(adtsBytes.size() / 2 + 7));
        cutAdts.close();
        const DecodeResult r3 = decodeAudioFile(cutAdts.fileName());
        QVERIFY(r3.ok() ? r3.audio.durationSeconds() < 0.8 : true);
    }

    void nanAndInfSamplesAreAnIssue_data()
    {
        QTest::addColumn<float>("bad");
        QTest::newRow("NaN") << std::numeric_limits<float>::quiet_NaN();
        QTest::newRow("+Inf") << std::numeric_limits<float>::infinity();
        QTest::newRow("-Inf") << -std::numeric_limits<float>::infinity();
    }
    void nanAndInfSamplesAreAnIssue()
    {
        QFETCH(float, bad);
        AudioBuffer b = test::sine(8000, 1, 1.0, 100.0);
        b.samples[4000] = bad;
        const QString file = path(QStringLiteral("nan.wav"));
        QVERIFY(test::writeClip(file, b, QStringLiteral("wav-float")));
        const DecodeResult r = decodeAudioFile(file);
        QVERIFY(!r.ok());
        QVERIFY(hasIssue(r, QStringLiteral("audio-not-finite"), Severity::Error));
        QVERIFY(r.issues.last().message.contains(QStringLiteral("0.500")));
    }

    void notAudioDespiteExtension_data()
    {
        QTest::addColumn<QString>("ext");
        for (const QString &e : supportedAudioExtensions())
            QTest::newRow(qPrintable(e)) << e;
    }
    void notAudioDespiteExtension()
    {
        QFETCH(QString, ext);
        const QString file = path(QStringLiteral("text.") + ext);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("This is a caption, not audio. It just has the wrong name.\n");
        f.close();
        QElapsedTimer t;
        t.start();
        const DecodeResult r = decodeAudioFile(file, {}, QStringLiteral("pairs/x_start.") + ext);
        QVERIFY(t.elapsed() < 20000);
        QVERIFY(!r.ok());
        QVERIFY(hasIssue(r, QStringLiteral("audio-unreadable"), Severity::Error));
        QCOMPARE(r.issues.first().file, QStringLiteral("pairs/x_start.") + ext);  // names the user's file
        QVERIFY(!r.issues.first().hint.isEmpty());
    }

    void randomGarbageNeverCrashes()
    {
        // A fuzz-style loop: headers of real files with random bytes after them.
        const QString wav = path(QStringLiteral("fuzz_src.wav"));
        QVERIFY(test::writeClip(wav, test::noise(8000, 1, 0.2)));
        QFile src(wav);
        QVERIFY(src.open(QIODevice::ReadOnly));
        const QByteArray good = src.readAll();
        uint32_t state = 99;
        for (int i = 0; i < 60; ++i) {
            QByteArray bytes = good;
            for (int k = 0; k < 8; ++k) {
                state = state * 1664525u + 1013904223u;
                bytes[int(state % uint32_t(std::min<int>(bytes.size(), 64)))] = char(state >> 24);
            }
            const QString file = path(QStringLiteral("fuzz.wav"));
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(bytes);
            out.close();
            const DecodeResult r = decodeAudioFile(file);
            QVERIFY(r.ok() || !r.issues.isEmpty());
        }
    }

    void tooLongIsRefused()
    {
        const QString file = path(QStringLiteral("long.wav"));
        QVERIFY(test::writeClip(file, test::noise(8000, 1, 3.0)));
        DecodeOptions options;
        options.maxDurationSeconds = 2.0;
        const DecodeResult r = decodeAudioFile(file, options);
        QVERIFY(hasIssue(r, QStringLiteral("audio-too-long"), Severity::Error));
    }

    void unicodePathsDecode()
    {
        const QString file = path(QStringLiteral("straße_日本語_start.flac"));
        QVERIFY(test::writeClip(file, test::noise(16000, 1, 0.5), QStringLiteral("flac")));
        QVERIFY(decodeAudioFile(file).ok());
    }
};

A2A_TEST_MAIN(TestAudioDecode)
#include "test_audio_decode.moc"
