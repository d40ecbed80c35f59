#pragma once

#include "core/net/ParseReply.h"

// Waits (running the event loop) for the reply's one result; a test failure if none comes in time.
ParseResult await(ParseReply *reply, int timeoutMs = 20000);
