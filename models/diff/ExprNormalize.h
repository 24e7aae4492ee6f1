#pragma once
// Expressions compared by meaning rather than by the server's printed text, so that a
// script that re-creates an object from the printed text converges in one round.
//
// PostgreSQL prints some expressions in a form that parses into another tree: a CHECK
// (status IN ('a', 'b')) on a varchar column prints as
//   ((status)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))
// and, created again from that text, as
//   ((status)::text = ANY (ARRAY[('a'::character varying)::text, ('b'::character varying)::text]))
// Both mean the same. The normal form is libpg_query's parse tree of the statement with
// source positions left out and a cast of an ARRAY[...] constructor to an array type
// pushed into its elements.

#include <QString>

namespace strata::diff {

// The normal form of one SQL statement (empty when it does not parse).
QString normalizedStatement(const QString &sql);
// True when the two texts are equal, or mean the same once normalized. `wrap` turns each
// text into a statement that parses ("%1" is replaced by the text), e.g.
// "ALTER TABLE t ADD CONSTRAINT c %1" for a constraint definition.
bool sameExpression(const QString &a, const QString &b, const QString &wrap = QStringLiteral("%1"));

} // namespace strata::diff
