#pragma once

#include <QCoreApplication>
#include <QList>
#include <optional>

class BatchModel;
class QWidget;
struct ServerProfile;

// What the batch composer asks before operations leave (the batch session's approval): whether to send
// again operations that succeeded already, and, for deletes, the classes typed out as on the class
// browser's delete.
class BatchSendConfirmation final
{
    Q_DECLARE_TR_FUNCTIONS(BatchSendConfirmation)

public:
    // The rows to send (perhaps fewer), or nothing when the user cancelled.
    static std::optional<QList<int>> ask(QWidget *parent, const BatchModel &model,
                                         const ServerProfile &profile, const QList<int> &rows);

private:
    // Operations among rows that succeeded already would run again: asks, and offers to leave them out.
    static std::optional<QList<int>> confirmRepeats(QWidget *parent, const BatchModel &model,
                                                    const QList<int> &rows);
    static bool confirmDestructive(QWidget *parent, const BatchModel &model, const ServerProfile &profile,
                                   const QList<int> &rows);
};
