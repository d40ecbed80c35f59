#pragma once

#include <QDialog>
#include <optional>

class QListWidget;

// Some of a class's fields, ticked in a list (the fields a principal must not see, say).
class FieldChoiceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldChoiceDialog)

public:
    FieldChoiceDialog(const QString &title, const QString &text, const QStringList &fields,
                      const QStringList &chosen, QWidget *parent = nullptr);

    QStringList chosen() const;
    static std::optional<QStringList> choose(const QString &title, const QString &text,
                                             const QStringList &fields, const QStringList &chosen,
                                             QWidget *parent);

private:
    QListWidget *m_list;
};
