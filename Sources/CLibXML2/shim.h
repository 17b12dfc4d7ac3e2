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

#endif
