package dev.stencil.declare;

import dev.stencil.diagram.SourceText;
import dev.stencil.model.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.SqlWithItem;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.flink.sql.parser.impl.FlinkSqlParserImpl;
import org.apache.flink.sql.parser.validate.FlinkSqlConformance;

/**
 * A user-owned Flink SQL file of an aggregate ({@code sql: rollup.sql}), read with Flink's own SQL
 * parser (its Calcite grammar, configured as Flink's table planner configures it: backquoted, case
 * sensitive identifiers). It must be UTF-8, parse, be one query, and read only the table {@code events}
 * (the stream's events, with their {@code rowtime}) or the names its own {@code WITH} gives. Each
 * problem is located in the SQL file.
 */
final class SqlFileCheck {

    /** The table the job registers the stream's events as. */
    static final String EVENTS = "events";

    private SqlFileCheck() {}

    /** @return whether the file is a query the job could run */
    static boolean check(Checking checking, Path file) {
        String name = file.toString();
        SourceText source;
        try {
            source = SourceText.decode(name, Files.readAllBytes(file));
        } catch (IOException e) {
            checking.error("SQL_NOT_FOUND", SourceLocation.ofFile(name), "cannot read " + name + ": " + e.getMessage(),
                    "make the file readable");
            return false;
        }
        if (source.problem().isPresent()) {
            checking.addAll(List.of(source.problem().get()));
            return false;
        }
        SqlNodeList statements;
        try {
            statements = parser(source.text()).parseStmtList();
        } catch (SqlParseException e) {
            SqlParserPos pos = e.getPos();
            checking.error("SQL_SYNTAX", pos == null ? SourceLocation.ofFile(name)
                    : new SourceLocation(name, Math.max(1, pos.getLineNum()), Math.max(1, pos.getColumnNum())),
                    "Flink SQL cannot parse the file: " + firstLine(e.getMessage()), expected(e));
            return false;
        }
        if (statements.size() != 1 || !statements.get(0).isA(SqlKind.QUERY)) {
            SqlNode first = statements.size() == 0 ? null : statements.get(0);
            checking.error("SQL_NOT_A_QUERY", first == null ? SourceLocation.ofFile(name) : at(name, first),
                    "the file holds " + (statements.size() == 1 ? "a " + first.getKind().lowerName.replace('_', ' ')
                            + " statement" : statements.size() + " statements") + ", not one query",
                    "write one SELECT over the table " + EVENTS + "; the job writes its rows to the table the Flink "
                            + "application points at");
            return false;
        }
        Set<String> defined = new LinkedHashSet<>();
        List<SqlIdentifier> read = new ArrayList<>();
        tables(statements.get(0), defined, read);
        boolean runnable = true;
        for (SqlIdentifier table : read) {
            String simple = String.join(".", table.names);
            if (!simple.equals(EVENTS) && !defined.contains(simple)) {
                runnable = false;
                checking.error("SQL_UNKNOWN_TABLE", at(name, table), "the query reads " + simple
                        + ", which the job does not have", "read the table " + EVENTS
                        + ": the stream's events, one column per schema field, and the event time rowtime");
            }
        }
        return runnable;
    }

    private static SqlParser parser(String sql) {
        return SqlParser.create(sql, SqlParser.config()
                .withParserFactory(FlinkSqlParserImpl.FACTORY)
                .withConformance(FlinkSqlConformance.DEFAULT)
                .withQuoting(Quoting.BACK_TICK)
                .withUnquotedCasing(Casing.UNCHANGED)
                .withQuotedCasing(Casing.UNCHANGED)
                .withCaseSensitive(true)
                .withIdentifierMaxLength(256));
    }

    /** The tables a query reads, and the names its {@code WITH} items define. */
    private static void tables(SqlNode node, Set<String> defined, List<SqlIdentifier> read) {
        if (node instanceof SqlWith with) {
            for (SqlNode item : with.withList) {
                SqlWithItem withItem = (SqlWithItem) item;
                defined.add(withItem.name.getSimple());
                tables(withItem.query, defined, read);
            }
            tables(with.body, defined, read);
        } else if (node instanceof SqlOrderBy orderBy) {
            tables(orderBy.query, defined, read);
        } else if (node instanceof SqlSelect select) {
            from(select.getFrom(), defined, read);
        } else if (node instanceof SqlCall call) {
            for (SqlNode operand : call.getOperandList()) {
                tables(operand, defined, read);
            }
        }
    }

    /** What a FROM clause reads: tables, joins, aliases, subqueries and window functions over a table. */
    private static void from(SqlNode node, Set<String> defined, List<SqlIdentifier> read) {
        if (node == null) {
            return;
        }
        if (node instanceof SqlIdentifier table) {
            read.add(table);
        } else if (node instanceof SqlJoin join) {
            from(join.getLeft(), defined, read);
            from(join.getRight(), defined, read);
        } else if (node instanceof SqlBasicCall call && (call.getKind() == SqlKind.AS
                || call.getKind() == SqlKind.EXPLICIT_TABLE)) {
            from(call.operand(0), defined, read);
        } else if (node instanceof SqlCall call && !call.isA(SqlKind.QUERY)) {
            for (SqlNode operand : call.getOperandList()) {
                if (operand instanceof SqlCall inner) {
                    from(inner, defined, read);
                }
            }
        } else {
            tables(node, defined, read);
        }
    }

    private static SourceLocation at(String file, SqlNode node) {
        SqlParserPos pos = node.getParserPosition();
        return new SourceLocation(file, Math.max(1, pos.getLineNum()), Math.max(1, pos.getColumnNum()));
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.strip().lines().findFirst().orElse("");
        return line.replaceAll("\\s+at line \\d+, column \\d+\\.?$", "");
    }

    /** What the parser expected, shortened to the first few. */
    private static String expected(SqlParseException e) {
        List<String> expected = e.getExpectedTokenSequences() == null ? List.of() : java.util.Arrays
                .stream(e.getExpectedTokenSequences()).limit(6).map(seq -> String.join(" ", java.util.Arrays
                        .stream(seq).mapToObj(i -> e.getTokenImages()[i]).toList())).toList();
        return expected.isEmpty() ? "fix the statement there; the Flink SQL reference lists what it accepts"
                : "Flink SQL expects there one of: " + String.join(", ", expected) + (e.getExpectedTokenSequences()
                        .length > expected.size() ? ", ..." : "");
    }
}
