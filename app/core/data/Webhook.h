#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

// A function or trigger webhook as /hooks/functions and /hooks/triggers hold it: a Cloud Code function
// or a class's trigger answered by a URL. Parse Server sends each call with its webhookKey
// (X-Parse-Webhook-Key); a server without one sends none and logs a warning per call.
struct Webhook
{
    Q_DECLARE_TR_FUNCTIONS(Webhook)

public:
    QString functionName; // set for a function webhook
    QString className;    // with triggerName for a trigger webhook
    QString triggerName;
    QString url;

    bool isFunction() const { return !functionName.isEmpty(); }
    // The triggers Parse Server accepts for webhooks (triggers.Types).
    static const QStringList &triggerNames();
    static Webhook fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    // Why the server would refuse it, for people; empty when it is fine.
    QString problem() const;
};
