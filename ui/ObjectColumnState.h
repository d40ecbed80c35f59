#pragma once

#include <QObject>

class ObjectTableModel;
class QSettings;
class QTableView;

// The objects table's columns as the user left them, per class: widths and hidden columns are saved as they
// change and restored whenever the model shows a class. The header's context menu hides and shows them.
class ObjectColumnState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectColumnState)

public:
    // The menu opens on owner (the object browser), which also owns this.
    ObjectColumnState(QTableView *view, ObjectTableModel *model, QWidget *owner);

    void setSettings(QSettings *settings);
    // A check box per column (at the mouse); objectId can't be hidden.
    void showMenu();

private:
    void save() const;
    void restore();

    QTableView *m_view;
    ObjectTableModel *m_model;
    QWidget *m_owner;
    QSettings *m_settings = nullptr;
    bool m_restoring = false; // column changes while restoring are not the user's
};
