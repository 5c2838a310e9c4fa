// Fractions on bars: the rules of a fraction wall. A whole (1, or any number) sits on top; under it each
// row is the same whole cut into 1 to 12 equal parts, some of them shaded. Rows are layout only: they
// never split the number itself, so a whole of 1 in thirds is exact as a fraction even though a third of
// 1 is no decimal. Pure functions: each part's label ("1/8"), a row's reading ("3/8 of 1"), comparing two
// rows (which is greater, by how much, as a fraction of the whole), re-partitioning a row so the shaded
// amount stays the same (2/3 -> 4/6, or the reason it cannot), and one number of parts for every row
// (halves and thirds -> sixths). The engine stores the rows in a bar's BarLayout (SetFractionRows).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/bar_model.hpp"
#include "model/result.hpp"
#include "model/value.hpp"

namespace tenfold::model {

// A fraction in lowest terms with any denominator (a difference of twelfths and elevenths is 1/132).
struct Ratio {
    std::int64_t numerator = 0;
    std::int64_t denominator = 1;
    bool operator==(const Ratio&) const = default;
};
Ratio lowestTerms(std::int64_t numerator, std::int64_t denominator);
// "3/8" ("0" for nothing, "1" for a whole).
std::string ratioText(const Ratio& r);

// A row within the limits: 1 to 12 equal parts, 0 to all of them shaded.
Status checkFractionRow(const FractionRow& row);
// 1 to 12 rows, each within the limits.
Status checkFractionRows(const std::vector<FractionRow>& rows);

// The shaded part of a row as a fraction as written (2/4 stays 2/4).
Ratio shadedFraction(const FractionRow& row);
// The label on each part of a row: "1/8" ("1" when the row is one part, the whole).
std::string partLabel(int parts);
// "3/8 of 1", "2/3 of £24".
std::string rowReading(const FractionRow& row, Value whole, std::string_view unit = {});
// The sentence for a shaded row: "3/8 of 24 is 9." when that is exact and the whole is not 1, else "3 of
// the 8 equal parts are shaded: 3/8 of 1." Nothing shaded: "The whole is cut into 8 equal parts: each
// part is 1/8 of 1."
std::string rowSentence(const FractionRow& row, Value whole, std::string_view unit = {});

// Two rows compared by their shaded parts: which is greater and by how much (as a fraction of the
// whole, in lowest terms).
struct RowComparison {
    int order = 0;  // 1: the first is greater, -1: the second is, 0: the same amount
    Ratio difference;
    bool operator==(const RowComparison&) const = default;
};
RowComparison compareRows(const FractionRow& a, const FractionRow& b);
// "2/3 is greater than 1/2 by 1/6 of 1.", "1/4 is less than 1/3 by 1/12 of 1.", "2/4 is equal to 1/2."
std::string comparisonSentence(const FractionRow& a, const FractionRow& b, Value whole, std::string_view unit = {});
// "2/3 > 1/2", "1/4 < 1/3", "2/4 = 1/2" (the abstract level).
std::string comparisonSymbols(const FractionRow& a, const FractionRow& b);
// The comparison as a child writes it at the abstract level: the symbols, then by how much as a
// subtraction of the smaller from the greater ({"3/8 > 1/4", "3/8 - 1/4 = 1/8"}; the same amount: only
// {"2/4 = 1/2"}).
std::vector<std::string> comparisonWritten(const FractionRow& a, const FractionRow& b);
// The two rows a wall compares: the first two rows with something shaded (none when there are fewer).
std::optional<std::pair<int, int>> comparedRows(const std::vector<FractionRow>& rows);

// The sentence under a fraction wall: the comparison of the two rows it compares, else the sentence of
// its first shaded row, else of its first row.
std::string wallSentence(const std::vector<FractionRow>& rows, Value whole, std::string_view unit = {});
// What the abstract level of a wall writes above its sentence: the comparison of the two rows it compares
// (comparisonWritten), empty when it compares none.
std::vector<std::string> wallWritten(const std::vector<FractionRow>& rows);

// Every number of equal parts (1..12) that keeps a row's shaded amount exactly: 2/3 -> 3, 6, 9, 12.
std::vector<int> partsKeepingShaded(const FractionRow& row);
// The row cut into `parts` equal parts with the same amount shaded (2/3 in 6 parts: 4/6). Refused, with
// the reason and the numbers of parts that keep it, when the amount is not a whole number of the new
// parts (2/3 in quarters).
Result<FractionRow> repartitionRow(const FractionRow& row, int parts);
// One number of equal parts for every row, each keeping its shaded amount (halves and thirds -> sixths):
// the smallest number every row's parts divide. Refused when it is more than 12 (elevenths and twelfths).
Result<std::vector<FractionRow>> commonParts(const std::vector<FractionRow>& rows);

// The plural name of equal parts: "halves", "thirds", "quarters", ..., "twelfths" ("wholes" for 1).
std::string partsName(int parts);
// "3, 6, 9 or 12" (from the text table's list templates).
std::string countList(const std::vector<int>& counts);

}  // namespace tenfold::model
