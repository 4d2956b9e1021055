#include "support/TestMain.h"

class TestDownload : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};

A2A_TEST_MAIN(TestDownload)
#include "test_download.moc"
