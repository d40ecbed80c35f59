#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

// A regular expression for $regex with its $options flags (i, m, x, s) as toggles.
class RegexValueEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegexValueEdit)

public:
    explicit RegexValueEdit(QWidget *parent = nullptr);

    void setPattern(const QString &pattern, const QString &options);
    QString pattern() const;
    // The checked flags in Parse's order, "" when none.
    QString options() const;

private:
    QLineEdit *m_pattern;
    QList<QToolButton *> m_flags;
};
