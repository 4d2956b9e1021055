// Anchors the precompiled torch + QTest header that the engine test suites reuse.
