#pragma once

#include "core/data/PointerDisplay.h"

#include <QObject>

class ClassListModel;
class FrozenColumns;
class ObjectTableModel;
class QMenu;
class QSettings;
class QTableView;

// The objects table's columns as the user left them, per profile and class: order (dragged in the header;
// objectId stays first), widths, hidden columns, how many columns are frozen and which field of their
// targets pointer columns show. Saved as they change, restored whenever the model shows a class. The
// header's context menu hides and shows columns, freezes them and picks the pointers' fields.
class ObjectColumnState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectColumnState)

public:
    // The menu opens on owner (the object browser), which also owns this.
    ObjectColumnState(QTableView *view, FrozenColumns *frozen, ObjectTableModel *model, QWidget *owner);

    void setSettings(QSettings *settings);
    // Layouts are the profile's own (ServerProfile::id); the class shown takes this profile's layout.
    void setProfile(const QString &profileId);
    // For the fields of pointer targets.
    void setClassListModel(ClassListModel *classes);
    // A check box per column (at the mouse); objectId can't be hidden. Unfreeze when frozen.
    void showMenu();
    // The same, plus what this column offers: freeze up to it, and for pointers the target field shown.
    void showMenuFor(int logicalIndex);

    // What the menu does (also for tests and the keyboard-less).
    void setColumnHidden(const QString &field, bool hidden);
    // Freezes the columns from the left up to and including this one (in the order shown); 0: none.
    void freezeUpTo(const QString &field);
    void unfreeze();
    // Shows targetField of the pointers in field instead of their objectIds; empty: the objectIds again.
    void setPointerField(const QString &field, const QString &targetField);

private:
    QString key(const QString &className, const QString &name) const;
    void save() const;
    void save(const PointerDisplay::Choices &pointers) const;
    void restore();
    // The profile's saved value for the class shown (the old per-class one when the profile has none).
    QVariant saved(const QString &name) const;
    PointerDisplay::Choices savedPointers() const;
    // objectId back to the front, if a drag moved it or put a column before it.
    void keepObjectIdFirst();
    void addPointerMenu(QMenu *menu, const QString &field);

    QTableView *m_view;
    FrozenColumns *m_frozen;
    ObjectTableModel *m_model;
    QWidget *m_owner;
    QSettings *m_settings = nullptr;
    ClassListModel *m_classes = nullptr;
    QString m_profileId;
    bool m_restoring = false; // column changes while restoring are not the user's
};
