#include "TemporaryClasses.h"

#include "Await.h"
#include "core/net/ParseClient.h"

TemporaryClasses::TemporaryClasses(ParseClient *admin)
    : m_admin(admin)
{}

TemporaryClasses::~TemporaryClasses()
{
    for (const QString &className : std::as_const(m_classes)) {
        // A class must be empty before its schema can go.
        await(m_admin->send(ParseRequest::purgeClass(className)));
        await(m_admin->send(ParseRequest::deleteSchema(className)));
    }
}

QString TemporaryClasses::add(const QString &className)
{
    if (!m_classes.contains(className))
        m_classes << className;
    return className;
}
