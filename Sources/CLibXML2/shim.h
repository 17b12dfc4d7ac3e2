#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/// xmlFree is a global function-pointer variable, which Swift 6 rejects as shared mutable state.
static inline void clibxml2_free(void *p) { xmlFree(p); }

/// xmlParserVersion is a macro over a per-thread global, unavailable to Swift.
static inline const char *clibxml2_parser_version(void) { return xmlParserVersion; }

/// A generic error handler that drops libxml2's messages (encoding conversion errors bypass NOERROR).
static void clibxml2_ignore_error(void *context, const char *message, ...) {
  (void)context;
  (void)message;
}

/// Silences libxml2's generic error output for the calling thread.
static inline void clibxml2_silence_errors(void) { xmlSetGenericErrorFunc(NULL, clibxml2_ignore_error); }

#endif
