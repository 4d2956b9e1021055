#include "support/TestMain.h"

class TestFlowMatching : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};

A2A_TEST_MAIN(TestFlowMatching)
#include "test_flow_matching.moc"
