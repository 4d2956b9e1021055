#include "support/TestMain.h"

class TestZipSafety : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};

A2A_TEST_MAIN(TestZipSafety)
#include "test_zip_safety.moc"
