#pragma once
// What the settings panel says about each request field: its label, a one-line hint with the
// default, range and unit, and a tooltip saying what it does and when to change it, in the
// reference service's own words and tips ("Diagnosing Issues", "Tips for Getting Good Results").
// Thread rule: pure functions.

#include <QString>

namespace a2a {

struct FieldHelp {
    QString label;    // "&Rank:"
    QString hint;     // "default 32 · 8, 16, 32, 64 or 128"
    QString tooltip;  // rich text: field name, what it does, default and range, when to change it
};

// field: the service's field name ("rank", "validation_frame_rate", …).
FieldHelp requestFieldHelp(const QString &field);

}  // namespace a2a
