#pragma once

#include "core/data/ClassPermissions.h"

#include <QDialog>

// Before a CLP is saved: what changes against the CLP the edit started from, per principal, and the exact
// request that will carry it (PUT /schemas/CLASS and its body).
class ClpReviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClpReviewDialog)

public:
    ClpReviewDialog(const QString &className, const ClassPermissions &loaded, const ClassPermissions &wanted,
                    QWidget *parent = nullptr);
};
