#pragma once

#include <QStringList>

class ParseClient;

// Classes a test creates on the shared test server: purged and deleted when this goes out of scope, so the
// server (and the demo it may be) looks as it did before the test. The client needs the master key.
class TemporaryClasses
{
public:
    explicit TemporaryClasses(ParseClient *admin);
    ~TemporaryClasses();
    TemporaryClasses(const TemporaryClasses &) = delete;
    TemporaryClasses &operator=(const TemporaryClasses &) = delete;

    // Returns the name, so a class can be named and registered in one go.
    QString add(const QString &className);

private:
    ParseClient *m_admin;
    QStringList m_classes;
};
