#pragma once

#include "core/data/ClassPermissions.h"

#include <QDialog>

// The CLP changed on the server since the editor loaded it: nothing was saved. Shows the three versions
// side by side (as loaded, on the server now, yours) and lets the user take the server's, overwrite it
// with theirs, or go back to editing.
class ClpConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClpConflictDialog)

public:
    enum Outcome
    {
        KeepEditing = QDialog::Rejected,
        TakeServers,
        Overwrite
    };

    ClpConflictDialog(const QString &className, const ClassPermissions &loaded,
                      const ClassPermissions &server, const ClassPermissions &wanted, bool canOverwrite,
                      QWidget *parent = nullptr);
};
