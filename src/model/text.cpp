// The text table (English, UK) and its lookup. One entry per line: {"key", "template"}. Sections below
// belong to the parts of the model that use them; add entries in your own section only.
#include "model/text.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <span>
#include <unordered_map>
#include <vector>

namespace tenfold::model {
namespace {

struct Entry {
    std::string_view key;
    std::string_view text;
};

constexpr Entry kTable[] = {
    // == numbers ==
    // Number formatting.
    {"format.thousands_sep", ","},
    {"format.decimal_point", "."},
    // Number words.
    {"num.0", "zero"},
    {"num.1", "one"},
    {"num.2", "two"},
    {"num.3", "three"},
    {"num.4", "four"},
    {"num.5", "five"},
    {"num.6", "six"},
    {"num.7", "seven"},
    {"num.8", "eight"},
    {"num.9", "nine"},
    {"num.10", "ten"},
    {"num.11", "eleven"},
    {"num.12", "twelve"},
    {"num.13", "thirteen"},
    {"num.14", "fourteen"},
    {"num.15", "fifteen"},
    {"num.16", "sixteen"},
    {"num.17", "seventeen"},
    {"num.18", "eighteen"},
    {"num.19", "nineteen"},
    {"num.tens.2", "twenty"},
    {"num.tens.3", "thirty"},
    {"num.tens.4", "forty"},
    {"num.tens.5", "fifty"},
    {"num.tens.6", "sixty"},
    {"num.tens.7", "seventy"},
    {"num.tens.8", "eighty"},
    {"num.tens.9", "ninety"},
    // How number words are put together (British "and").
    {"words.tens_ones", "{0}-{1}"},
    {"words.hundreds", "{0} hundred"},
    {"words.hundreds_and", "{0} hundred and {1}"},
    {"words.thousands", "{0} thousand"},
    {"words.millions", "{0} million"},
    {"words.join_comma", "{0}, {1}"},
    {"words.join_and", "{0} and {1}"},
    {"words.decimal", "{0} point {1}"},
    {"words.digits", "{0} {1}"},
    // Places: count phrases, lower-case names, chart headings and short labels.
    {"place.millions.count.one", "{0} million"},
    {"place.millions.count.other", "{0} millions"},
    {"place.millions.singular", "million"},
    {"place.millions.plural", "millions"},
    {"place.millions.heading", "Millions"},
    {"place.millions.short", "M"},
    {"place.hundred_thousands.count.one", "{0} hundred thousand"},
    {"place.hundred_thousands.count.other", "{0} hundred thousands"},
    {"place.hundred_thousands.singular", "hundred thousand"},
    {"place.hundred_thousands.plural", "hundred thousands"},
    {"place.hundred_thousands.heading", "Hundred thousands"},
    {"place.hundred_thousands.short", "HTh"},
    {"place.ten_thousands.count.one", "{0} ten thousand"},
    {"place.ten_thousands.count.other", "{0} ten thousands"},
    {"place.ten_thousands.singular", "ten thousand"},
    {"place.ten_thousands.plural", "ten thousands"},
    {"place.ten_thousands.heading", "Ten thousands"},
    {"place.ten_thousands.short", "TTh"},
    {"place.thousands.count.one", "{0} thousand"},
    {"place.thousands.count.other", "{0} thousands"},
    {"place.thousands.singular", "thousand"},
    {"place.thousands.plural", "thousands"},
    {"place.thousands.heading", "Thousands"},
    {"place.thousands.short", "Th"},
    {"place.hundreds.count.one", "{0} hundred"},
    {"place.hundreds.count.other", "{0} hundreds"},
    {"place.hundreds.singular", "hundred"},
    {"place.hundreds.plural", "hundreds"},
    {"place.hundreds.heading", "Hundreds"},
    {"place.hundreds.short", "H"},
    {"place.tens.count.one", "{0} ten"},
    {"place.tens.count.other", "{0} tens"},
    {"place.tens.singular", "ten"},
    {"place.tens.plural", "tens"},
    {"place.tens.heading", "Tens"},
    {"place.tens.short", "T"},
    {"place.ones.count.one", "{0} one"},
    {"place.ones.count.other", "{0} ones"},
    {"place.ones.singular", "one"},
    {"place.ones.plural", "ones"},
    {"place.ones.heading", "Ones"},
    {"place.ones.short", "O"},
    {"place.tenths.count.one", "{0} tenth"},
    {"place.tenths.count.other", "{0} tenths"},
    {"place.tenths.singular", "tenth"},
    {"place.tenths.plural", "tenths"},
    {"place.tenths.heading", "Tenths"},
    {"place.tenths.short", "Tth"},
    {"place.hundredths.count.one", "{0} hundredth"},
    {"place.hundredths.count.other", "{0} hundredths"},
    {"place.hundredths.singular", "hundredth"},
    {"place.hundredths.plural", "hundredths"},
    {"place.hundredths.heading", "Hundredths"},
    {"place.hundredths.short", "Hth"},
    {"place.thousandths.count.one", "{0} thousandth"},
    {"place.thousandths.count.other", "{0} thousandths"},
    {"place.thousandths.singular", "thousandth"},
    {"place.thousandths.plural", "thousandths"},
    {"place.thousandths.heading", "Thousandths"},
    {"place.thousandths.short", "Thth"},
    // Lists, sums and stem sentences.
    {"list.two", "{0} and {1}"},
    {"list.more", "{0}, {1}"},
    {"expanded.plus", "{0} + {1}"},
    {"stem.is", "{0} is {1}."},
    {"stem.make", "{0} make {1}."},
    {"stem.makes", "{0} makes {1}."},
    // Fractions.
    {"fraction.text", "{0}/{1}"},
    // Base-10 blocks.
    {"block.cube", "cube"},
    {"block.rod", "rod"},
    {"block.flat", "flat"},
    {"block.big_cube", "big cube"},
    // Refusals: values.
    {"error.value.empty", "Type a number first."},
    {"error.value.not_a_number",
     "\"{0}\" is not a number Tenfold can read: use the digits 0 to 9, with commas between thousands and "
     "one decimal point."},
    {"error.value.negative", "Tenfold shows numbers from 0 upwards, so it cannot show {0}."},
    {"error.value.too_large", "That number is too big: 9,999,999 is the largest whole number Tenfold can show."},
    {"error.value.result_too_large",
     "The answer would be bigger than 9,999,999.999, the largest number Tenfold can show."},
    {"error.value.too_many_decimals",
     "Tenfold shows decimals to thousandths: use at most 3 digits after the decimal point."},
    {"error.value.bad_commas",
     "The commas in \"{0}\" are not in the right places: they go between groups of three digits, as in "
     "1,234,567."},
    {"error.value.two_points", "\"{0}\" has more than one decimal point."},
    {"error.value.ends_with_point", "\"{0}\" needs a digit after the decimal point."},
    {"error.value.take_too_much", "You cannot take {1} away from {0}: there is not enough."},
    {"error.value.negative_factor", "Tenfold cannot multiply by a number less than zero."},
    {"error.value.no_parts", "A number cannot be shared into 0 equal parts."},
    {"error.value.not_equal_parts", "{0} cannot be shared exactly into {1} equal parts."},
    // Refusals: places and exchanges.
    {"error.place.not_a_place", "That is not a place Tenfold knows."},
    {"error.place.negative_count", "A place cannot hold fewer than 0 pieces."},
    {"error.place.take_too_many", "There are only {0}, so you cannot take away {1}."},
    {"error.place.total_too_large",
     "That would make more than 9,999,999.999, the largest number Tenfold can show."},
    {"error.exchange.not_enough", "There are only {0}: you need {1} to exchange for {2}."},
    {"error.exchange.none_up", "There are no {0} to exchange: you need {1} to exchange for {2}."},
    {"error.exchange.no_place_above",
     "{0} is the largest place Tenfold shows: there is no place above to exchange into."},
    {"error.exchange.none_down", "There are no {0} to exchange."},
    {"error.exchange.no_place_below",
     "{0} is the smallest place Tenfold shows: there is no place below to exchange into."},
    {"error.stem.tens_ones_only", "This sentence is for tens and ones only, and there are other places too."},
    {"error.stem.hto_only",
     "This sentence is for hundreds, tens and ones only, and there are other places too."},
    // Refusals: fractions.
    {"error.fraction.denominator", "The bottom number of a fraction must be from 1 to 100."},
    {"error.fraction.numerator", "The top number of a fraction must be from 0 to 1,000."},
    {"error.fraction.not_a_fraction", "\"{0}\" is not a fraction Tenfold can read: write it like 3/4."},
    {"error.fraction.inexact",
     "{0} of {1} cannot be shown exactly: it would need more than 3 decimal places."},
    // Refusals: blocks.
    {"error.blocks.too_high",
     "When the small cube is {0}, the {1} would be bigger than millions, and Tenfold does not show that."},
    {"error.blocks.no_block", "When the small cube is {0}, no block shows {1}."},
    // Place value charts and pieces.
    {"chart.group.millions", "Millions"},
    {"chart.group.thousands", "Thousands"},
    {"chart.group.ones", "Ones"},
    {"error.chart.columns_order", "A chart's columns go from a larger place on the left to a smaller one on the right."},
    {"error.chart.plain_outside", "A plain counter only has a value inside a column of the chart."},
    {"error.pieces.too_many", "That would be {0} pieces: Tenfold shows at most {1} pieces in one model."},
    // == manipulatives (bead string, part-whole, bar) ==
    // Shared pieces of the manipulatives' sentences.
    {"manip.unknown", "?"},
    {"manip.blank", "__"},
    {"manip.list.two", "{0} and {1}"},
    {"manip.list.more", "{0}, {1}"},
    {"manip.plus", "{0} + {1}"},
    {"manip.minus", "{0} - {1}"},
    {"manip.equals", "{0} = {1}"},
    {"manip.sentences", "{0} {1}"},
    // Bead string.
    {"beads.whole", "There are {0} beads."},
    {"beads.parts", "{0} make {1}."},
    {"beads.cover.question", "There are {0} beads. {1} can be seen. How many are hidden?"},
    {"beads.cover.answer", "{0} is {1} and {2}."},
    {"beads.add", "{0} + {1} = {2}."},
    {"beads.bridge", "{0} + {1} = {4}: {0} and {2} make {3}, and {5} more make {4}."},
    {"error.beads.size", "A bead string has 10, 20, 50 or 100 beads, not {0}."},
    {"error.beads.counted", "A string of {0} beads can have 0 to {0} beads counted, not {1}."},
    {"error.beads.move_none", "Push or pull at least 1 bead."},
    {"error.beads.push_too_many", "Only {0} beads are left to push across, so you cannot push {1}."},
    {"error.beads.pull_too_many", "Only {0} beads are counted, so you cannot pull back {1}."},
    {"error.beads.no_bead", "There is no bead {0}: this string has beads 1 to {1}."},
    {"error.beads.divider_place", "A divider goes between two beads, after bead 1 to bead {0}, not after bead {1}."},
    {"error.beads.divider_taken", "There is already a divider after bead {0}."},
    {"error.beads.no_divider", "There is no divider after bead {0}."},
    {"error.beads.dividers_order", "The dividers must be listed from left to right, each in a different place."},
    {"error.beads.cover_reversed", "A cover goes from a first bead to a last bead: {0} to {1} is the wrong way round."},
    {"error.beads.cover_off", "This string has beads 1 to {0}, so beads {1} to {2} cannot be covered."},
    {"error.beads.no_cover", "Nothing is covered yet: cover some beads first."},
    {"error.beads.count_on_start", "Counting on starts at 0 to {0} on this string, not at {1}."},
    {"error.beads.count_on_negative", "Counting on starts at 0 or more, not at {0}."},
    {"error.beads.count_on_add", "Count on at least 1 bead."},
    {"error.beads.count_on_too_far", "{0} + {1} goes past the end of a string of {2} beads."},
    {"error.beads.count_on_too_big", "That is too many to count on."},
    {"error.beads.no_count_on", "There is no count-on marker on this string."},
    {"error.beads.not_whole", "Each bead is one, so {0} cannot be shown with beads."},
    {"error.beads.too_many", "The longest bead string has 100 beads, so {0} cannot be shown with beads."},
    // Part-whole model.
    {"pw.stem.whole", "The whole is {0}."},
    {"pw.stem.one", "One part is {0}."},
    {"pw.stem.another", "Another part is {0}."},
    {"pw.stem.other", "The other part is {0}."},
    {"pw.orientation.above", "whole above"},
    {"pw.orientation.right", "whole on the right"},
    {"pw.orientation.below", "whole below"},
    {"pw.orientation.left", "whole on the left"},
    {"error.pw.too_few_parts", "A part-whole model needs at least {0} parts."},
    {"error.pw.orientation", "That is not a way Tenfold can draw a part-whole model."},
    {"error.pw.too_many_parts", "A part-whole model has at most {0} parts."},
    {"error.pw.no_part", "There is no part {0}: this model has parts 1 to {1}."},
    {"error.pw.cannot_work_out",
     "{0} values are unknown (?), so they cannot be worked out yet: only one value can be unknown."},
    {"error.pw.parts_exceed_whole", "The known parts add up to {0}, which is more than the whole, {1}."},
    {"error.pw.not_adding_up", "The parts add up to {0}, not {1}: the parts must add up to the whole."},
    {"error.pw.whole_fixed",
     "The parts add up to {0}. To make the whole {1}, first make one of the parts unknown (?)."},
    {"error.pw.standard_too_few",
     "The standard partition of {0} has fewer than 2 parts, and a part-whole model needs at least 2."},
    {"error.pw.standard_too_many",
     "The standard partition of {0} has {1} parts, and a part-whole model has at most 5."},
    // Bar models.
    {"bar.unit.prefix", "{1}{0}"},
    {"bar.unit.suffix", "{0} {1}"},
    {"bar.unit.tight", "{0}{1}"},
    {"bar.cmp.difference", "The difference between {0} and {1} is {2}."},
    {"bar.cmp.more", "{0} is {1} more than {2}."},
    {"bar.cmp.less", "{0} is {1} less than {2}."},
    {"bar.eq.fraction", "{0} of {1} is {2}."},
    {"bar.eq.each.one", "{0} in 1 equal part is {2}."},
    {"bar.eq.each.other", "{0} in {1} equal parts is {2} in each part."},
    {"bar.eq.shaded.one", "{0} of the {1} equal parts is shaded: {2}."},
    {"bar.eq.shaded.other", "{0} of the {1} equal parts are shaded: {2}."},
    {"bar.eq.shaded.whole", "The whole bar is shaded: {2}."},
    {"error.bar.too_few_parts", "A part-whole bar needs at least {0} parts."},
    {"error.bar.too_many_parts", "A part-whole bar has at most {0} parts."},
    {"error.bar.no_part", "There is no part {0}: this bar has parts 1 to {1}."},
    {"error.bar.unit_too_long", "A unit can be at most {0} letters long."},
    {"error.bar.unit_digit", "A unit cannot contain digits: put the number in the bar and the unit (cm, kg, £) on its own."},
    {"error.bar.label_too_long", "A label can be at most {0} characters long (fewer with accents)."},
    {"error.bar.control", "A label or unit cannot contain line breaks or tabs."},
    {"error.cmp.bar_count", "Comparison bars are 2 or 3 bars, not {0}."},
    {"error.cmp.difference_count", "Each bar needs one difference: there are {0} bars and {1} differences."},
    {"error.cmp.no_bar", "There is no bar {0}: there are bars 1 to {1}."},
    {"error.cmp.need_values", "Give every bar a value, or say which bar is the longest."},
    {"error.cmp.longest_difference", "The longest bar is what the others are compared with: it has no difference of its own."},
    {"error.cmp.longer", "Bar {0} ({1}) would be longer than the longest bar ({2})."},
    {"error.cmp.difference_too_big", "A difference of {0} is more than the longest bar ({1})."},
    {"error.cmp.not_fit", "{0} and a difference of {1} make {2}, but the longest bar is {3}."},
    {"error.cmp.cannot_work_out", "Too much is unknown (?), so the bars cannot be worked out yet."},
    {"error.eq.parts", "A bar can be cut into 1 to 100 equal parts, not {0}."},
    {"error.eq.shaded", "{0} parts cannot be shaded on a bar of {1} equal parts."},
    {"error.eq.none_shaded", "No parts are shaded, so the whole cannot be worked out from the shaded amount."},
    {"error.eq.cannot_work_out", "Give the whole or the shaded amount, so the bar can be worked out."},
    {"error.eq.not_fit", "{0} shaded parts of {1} make {2}, not {3}."},
    // == app (board, tray, toolbar) ==
    {"app.drop.on_chart", "Drop it in a column of the chart."},
    {"app.button.exchange", "Exchange"},
    {"app.button.break", "Break"},
    {"app.tray.empty", "Add a place value chart to drag pieces from here."},
    {"ui.undo", "Undo"},
    {"ui.redo", "Redo"},
    {"ui.select", "Select"},
    {"ui.selecting", "Selecting"},
    {"ui.duplicate", "Copy"},
    {"ui.clear", "Clear"},
    {"ui.hide_numbers", "Hide numbers"},
    {"ui.show_numbers", "Show numbers"},
    {"ui.readouts", "Under each chart show:"},
    {"ui.readout_numeral", "Numeral"},
    {"ui.readout_expanded", "Expanded form"},
    {"ui.readout_words", "Words"},
    {"ui.readout_sentence", "Sentence"},
    {"ui.zoom_out", "Zoom out"},
    {"ui.zoom_in", "Zoom in"},
    {"ui.fit", "Fit"},
    {"ui.fullscreen", "Full screen"},
    {"ui.window", "Window"},
    {"ui.boards", "Boards"},
    {"ui.settings", "Settings"},
    {"ui.more", "More"},
    {"app.tray.keep_adding", "Keep adding"},
    {"ui.chosen", "{0} (chosen)"},
    {"ui.size", "Size of buttons and text: {0}%{1}"},
    {"ui.size_automatic", " (automatic)"},
    {"ui.smaller", "Smaller"},
    {"ui.bigger", "Bigger"},
    {"ui.automatic", "Automatic"},
    {"ui.exchange", "Exchange when a column has ten:"},
    {"ui.exchange_automatic", "At once"},
    {"ui.exchange_offered", "Offer a button"},
    {"ui.exchange_off", "Never"},
    {"ui.colours", "Colours:"},
    {"ui.bead_colours", "Bead strings change colour:"},
    {"ui.bead_colours_by_length", "By length"},
    {"ui.bead_colours_fives", "Every 5"},
    {"ui.bead_colours_tens", "Every 10"},
    {"ui.colours_standard", "Standard"},
    {"ui.colours_colour_blind", "Colour-blind safe"},
    {"ui.motion", "Movement:"},
    {"ui.motion_full", "Pieces slide"},
    {"ui.motion_reduced", "Reduced motion"},
    {"ui.saved", "Saved as \"{0}\"."},
    {"ui.opened", "Opened \"{0}\"."},
    {"ui.open_failed", "That board could not be opened: {0} Your board is still here."},
    // The page around the app in a browser: its buttons for the user's own disk, and file names.
    {"web.open", "Open a file"},
    {"web.save", "Save to a file"},
    {"web.picture", "Save a picture"},
    {"web.board_label", "The Tenfold board"},
    {"web.board_file_name", "Tenfold board"},
    {"web.picture_file_name", "Tenfold board picture"},
    {"web.working_board_broken", "The board from your last visit could not be opened ({0}), so a new board is open."},
    // The menu of a picked model, the keypad and the board's level.
    {"ui.model.title", "{0}: {1}"},
    {"ui.model.show_as", "Show as:"},
    {"ui.model.change_into", "Change into:"},
    {"ui.model.level", "Level:"},
    {"ui.model.blocks", "Blocks"},
    {"ui.model.counters", "Counters"},
    {"ui.model.beads", "Beads"},
    {"ui.model.part-whole", "Part-whole"},
    {"ui.model.bar", "Bar"},
    {"ui.model.numeral", "Numeral"},
    {"ui.level.concrete", "Concrete"},
    {"ui.level.pictorial", "Pictorial"},
    {"ui.level.abstract", "Abstract"},
    {"ui.model.cut_link", "Cut link"},
    {"ui.model.remove", "Remove"},
    {"ui.model.close", "Close"},
    {"ui.model.turn", "Turn"},
    {"ui.model.add_part", "Add part"},
    {"ui.model.remove_part", "Remove part"},
    {"ui.model.fact_family", "Fact family"},
    {"ui.model.reveal", "Reveal"},
    {"ui.model.cover", "Cover"},
    {"ui.model.count_on", "Count on"},
    {"ui.model.bead_count", "Beads:"},
    {"ui.model.labels", "Labels"},
    {"ui.model.unit", "Unit:"},
    {"ui.model.no_unit", "None"},
    {"ui.labels.title", "Labels for the bar model"},
    {"ui.labels.whole", "Whole"},
    {"ui.labels.part", "Part {0}"},
    {"ui.labels.bar", "Bar {0}"},
    {"ui.keypad.count_on", "Count on how many from {0}?"},
    {"app.beads.past_divider", "Those beads are in front of a divider. To pull them back, take the divider away first (Remove part)."},
    {"app.count_on_range", "Count on 1 to {0} beads: the longest string has 100."},
    {"ui.model.uncover", "Uncover"},
    {"ui.model.split", "Split"},
    {"ui.model.join", "Join"},
    {"ui.model.bar_part_whole", "Whole and parts"},
    {"ui.model.bar_equal", "Equal parts"},
    {"ui.model.bar_compare", "Compare"},
    {"ui.model.more_parts", "More parts"},
    {"ui.model.fewer_parts", "Fewer parts"},
    {"ui.model.hint", "Tap a circle or a bar to type its value. Drag the tab to move it."},
    {"ui.keypad.whole", "The whole"},
    {"ui.keypad.part", "Part {0}"},
    {"ui.keypad.difference", "The difference"},
    {"ui.keypad.unknown", "?"},
    {"ui.keypad.cancel", "Cancel"},
    {"ui.keypad.ok", "OK"},
    {"ui.keypad.back", "Delete"},
    {"ui.board_level", "Whole board:"},
    {"app.linked", "Linked: change one and the other follows."},
    {"app.link_cut", "Link cut: this model now stands alone."},
    {"gallery.title", "Boards"},
    {"gallery.close", "Close"},
    {"gallery.open", "Open"},
    {"gallery.open-named", "Open \"{0}\""},
    {"gallery.new", "New board"},
    {"gallery.save-as", "Save as"},
    {"gallery.save", "Save"},
    {"gallery.empty", "No saved boards yet. Save this one below."},
    // == intents (what a menu, a keypad or a tap asks for) ==
    {"intent.no_model", "That model is not on the board any more."},
    {"intent.cover.nothing_counted", "Push some beads across first: there is nothing counted to cover."},
    {"intent.unknown.count_on", "Type how many beads to count on: the number of hops cannot be \"?\"."},
    // == engine (groups, conversions, files) ==
    // Linked groups and quantities.
    {"engine.quantity.no_parts", "There must be at least one part."},
    {"engine.quantity.too_many_parts", "A quantity can be split into at most {0} parts."},
    {"engine.quantity.too_large", "That is more than 9,999,999.999, the largest number Tenfold shows."},
    {"engine.quantity.no_such_part", "There is no part {0}."},
    {"engine.quantity.difference_needs_two", "A difference needs at least two bars to compare."},
    {"engine.quantity.parts_must_add_up", "The new parts add up to {0}, but the whole is {1}."},
    {"engine.quantity.no_piece", "There are no {0} here to take away. Exchange one from the next place first."},
    {"engine.quantity.too_many_pieces", "That would be more than {0} pieces, too many for one model."},
    {"engine.quantity.part_too_big", "A part of {0} is too big: with its neighbour it can be at most {1}."},
    {"engine.quantity.whole_too_small", "The whole cannot be {0}: the other parts already make more."},
    {"engine.quantity.bad_unknown", "Only the whole, one part or the difference can be unknown."},
    // Kinds of model and levels.
    {"engine.kind.blocks", "base 10 blocks"},
    {"engine.kind.counters", "place value counters"},
    {"engine.kind.beads", "bead string"},
    {"engine.kind.part-whole", "part-whole model"},
    {"engine.kind.bar", "bar model"},
    {"engine.kind.numeral", "numeral"},
    {"engine.level.concrete", "concrete"},
    {"engine.level.pictorial", "pictorial"},
    {"engine.level.abstract", "abstract"},
    // Conversions refused.
    {"engine.convert.too_many_pieces", "That would be {0} pieces, more than the {1} a model can hold. Exchange first, or show it as a numeral."},
    {"engine.convert.blocks_span", "Base 10 blocks show four places at a time (cube, rod, flat and big cube), but {0} needs places from the {1} to the {2}."},
    {"engine.convert.beads_decimal", "A bead string shows whole numbers only, so it cannot show {0}."},
    {"engine.convert.beads_too_many", "A bead string has at most {1} beads, so it cannot show {0}."},
    {"engine.convert.beads_empty_part", "Every part on a bead string needs at least one bead, so a part of 0 cannot be shown."},
    {"engine.convert.part_whole_parts", "A part-whole model has {1} to {2} parts, but this has {0}."},
    {"engine.convert.part_whole_places", "{0} would split into more than {1} parts, too many for a part-whole model."},
    // Layouts, charts, pieces, beads, bars.
    {"engine.layout.no_block_for", "No base 10 block stands for {0} when the small cube is worth {1}."},
    {"engine.layout.not_a_place", "This is not a place in the chart."},
    {"engine.layout.columns_order", "The lowest column must not be above the highest column."},
    {"engine.layout.piece_part", "A piece belongs to part {0}, which is not there."},
    {"engine.layout.position", "A position must be a number within 1,000,000 either way."},
    {"engine.layout.pieces_mismatch", "Part {0} should have {1}, but the pieces show {2}."},
    {"engine.layout.column_missing", "The chart has no column for some of the pieces."},
    {"engine.layout.beads_mismatch", "The bead string counts {0} beads, but the group is {1}."},
    {"engine.layout.dividers_mismatch", "The dividers on the bead string do not match the parts."},
    {"engine.layout.blocks_plain", "Only counters can be plain counters."},
    {"engine.layout.orientation", "The whole of a part-whole model can be above, below, left or right."},
    {"engine.layout.unknown_bar_mode", "This kind of bar model is not known."},
    {"engine.chart.no_column", "This chart has no column for {0}."},
    {"engine.chart.too_narrow", "The chart must keep a column for every place that has pieces in it."},
    {"engine.chart.plain_needs_chart", "Plain counters need a place value chart: their column gives their value."},
    {"engine.chart.plain_counters_only", "Only place value counters can be plain counters."},
    {"engine.blocks.blocks_only", "Only base 10 blocks can change which block is one."},
    {"engine.piece.not_pieces", "This model has no pieces: show it as blocks or counters first."},
    {"engine.piece.no_such_piece", "There is no piece {0} here."},
    {"engine.piece.need_ten", "It takes ten {0} to make one of the next place: exchange ten at once."},
    {"engine.piece.wrong_column", "A piece from the {0} column cannot go straight to the {1} column."},
    {"engine.exchange.off", "Exchange is switched off on this board."},
    {"engine.beads.beads_only", "This is not a bead string: show it as beads first."},
    {"engine.beads.not_on_string", "This string has only {0} beads."},
    {"engine.beads.no_such_divider", "There is no divider {0} on this string."},
    {"engine.beads.divider_range", "This divider can go after bead {0} up to bead {1}."},
    {"engine.beads.string_too_short", "{0} beads are counted, so the string must have at least that many."},
    {"engine.bar.bar_only", "This is not a bar model: show it as a bar first."},
    {"engine.bar.equal_parts_count", "An equal-parts bar has {0} to {1} equal parts."},
    {"engine.bar.equal_parts_unequal", "The parts of an equal-parts bar must all be the same size."},
    {"engine.bar.shaded_range", "A bar of {0} equal parts can have 0 to {0} parts shaded."},
    {"engine.bar.shaded_only_equal", "Only an equal-parts bar has shaded parts."},
    {"engine.bar.comparison_count", "Comparison bars need {0} or {1} bars, but there are {2}."},
    {"engine.link.not_linked", "This model is not linked to another one."},
    // The board document.
    {"engine.board.no_such_model", "There is no model {0} on this board."},
    {"engine.board.no_such_group", "There is no group {0}."},
    {"engine.board.bad_id", "An id must be a whole number from 1 to {0}."},
    {"engine.board.duplicate_id", "The id {0} is used more than once."},
    {"engine.board.orphan_group", "No model shows this group."},
    {"engine.board.bad_kind", "This kind of model is not known."},
    {"engine.board.bad_level", "The level must be concrete, pictorial or abstract."},
    {"engine.board.bad_exchange", "Exchange must be automatic, offered or off."},
    {"engine.board.bad_block_scale", "The block size must be from {0}% to {1}%."},
    {"engine.board.bad_bead_colours", "Bead colours change by-length, in fives or in tens."},
    {"engine.board.bad_palette", "A palette name is 1 to {0} letters, digits, spaces, - or _."},
    {"engine.board.too_many_models", "A board can hold at most {0} models."},
    // Board files.
    {"engine.file.error_at", "{0}: {1}"},
    {"engine.file.not_json", "This is not a board file: the text stops making sense at character {0}."},
    {"engine.file.not_board", "This is not a Tenfold board file."},
    {"engine.file.newer_version", "This board is in format version {0}, but this Tenfold reads version {1}."},
    {"engine.file.too_big", "The file is larger than {0} MB, too large for a board."},
    {"engine.file.too_deep", "The file is nested more than {0} levels deep."},
    {"engine.file.cannot_read", "{0} cannot be opened."},
    {"engine.file.cannot_write", "{0} cannot be saved there."},
    {"engine.file.expected_object", "This should be an object in { }."},
    {"engine.file.expected_array", "This should be a list in [ ]."},
    {"engine.file.expected_text", "This should be text in quotes."},
    {"engine.file.expected_bool", "This should be true or false."},
    {"engine.file.expected_whole", "This should be a whole number from {0} to {1}."},
    {"engine.file.expected_value", "This should be a number such as 47 or \"0.45\"."},
    {"engine.file.expected_pair", "This should be a pair of whole numbers, such as [3, 7]."},
    {"engine.file.coordinate", "A position must be a number from -{0} to {0}."},
    {"engine.file.text_too_long", "This text is longer than {0} characters."},
    {"engine.file.list_too_long", "This list is longer than {0} items."},
    {"engine.file.missing", "\"{0}\" is missing."},
    {"engine.file.unknown_key", "\"{0}\" is not something a board file can say here."},
    {"engine.file.unknown_name", "\"{0}\" is not one of: {1}."},
    {"engine.file.columns_pair", "The columns are given as [lowest, highest], such as [\"ones\", \"thousands\"]."},
    {"engine.file.two_unknowns", "More than one value is \"?\", so they cannot be worked out."},
    {"engine.file.unknown_twice", "The unknown is given twice (a \"?\" and \"unknown\")."},
    {"engine.file.parts_too_big", "The parts given add up to more than the whole, {0}."},
    {"engine.file.whole_mismatch", "The parts add up to {0}, but the whole is {1}."},
    {"engine.file.value_and_parts", "Give a model's value, or its whole and parts, not both."},
    {"engine.file.group_and_value", "A model is linked to a group or has its own value, not both."},
    {"engine.file.parts_need_equal", "\"parts\" is only for a bar in equal parts (\"mode\": \"equal-parts\")."},
    {"engine.file.next_id_small", "nextId must be larger than every id in the file ({0})."},
    // The command log ("show how we built it").
    {"engine.cmd.add_model", "Added {0} showing {1}."},
    {"engine.cmd.remove_model", "Removed a model."},
    {"engine.cmd.move_model", "Moved a model."},
    {"engine.cmd.show_as", "Showed it as: {0}."},
    {"engine.cmd.set_level", "Showed it at the {0} level."},
    {"engine.cmd.cut_link", "Cut the link."},
    {"engine.cmd.settings", "Changed the board settings."},
    {"engine.cmd.add_piece", "Added {0}."},
    {"engine.cmd.remove_piece", "Took a piece away."},
    {"engine.cmd.move_piece", "Moved a piece to the {0} column."},
    {"engine.cmd.exchange", "Exchanged {0} for {1}."},
    {"engine.cmd.exchange_all", "Exchanged everything that could be exchanged."},
    {"engine.cmd.break_down", "Broke everything down into {0}."},
    {"engine.cmd.chart", "Changed the place value chart."},
    {"engine.cmd.plain", "Changed the kind of counters."},
    {"engine.cmd.block_scale", "Made the small cube worth {0}."},
    {"engine.cmd.count_beads", "Pushed the beads: {0} counted."},
    {"engine.cmd.move_divider", "Moved a divider to after bead {0}."},
    {"engine.cmd.bead_string", "Changed to a string of {0} beads."},
    {"engine.cmd.cover", "Changed the cover."},
    {"engine.cmd.count_on", "Changed the count-on marker."},
    {"engine.cmd.bar_text", "Changed the bar's labels."},
    {"engine.bar.too_many_labels", "A bar model has at most {0} labels: the whole and one for each part."},
    {"engine.cmd.set_part", "Made part {0} {1}."},
    {"engine.cmd.set_whole", "Made the whole {0}."},
    {"engine.cmd.repartition", "Split the whole into {0}."},
    {"engine.cmd.add_part", "Added a part."},
    {"engine.cmd.remove_part", "Removed part {0}."},
    {"engine.cmd.unknown", "Changed what is unknown."},
    {"engine.cmd.orientation", "Turned the part-whole model: {0}."},
    {"engine.cmd.bar", "Changed the bar model."},
    {"engine.list.join", "{0} and {1}"},
    {"engine.list.comma", "{0}, {1}"},
    // describe: the board in words.
    {"engine.describe.empty", "The board is empty."},
    {"engine.describe.heading", "Model {0}: {1} ({2})"},
    {"engine.describe.linked", "Linked with: {0}"},
    {"engine.describe.value", "Value: {0}"},
    {"engine.describe.expanded", "Expanded form: {0}"},
    {"engine.describe.words", "Words: {0}"},
    {"engine.describe.place_value", "Place value: {0}"},
    {"engine.describe.parts", "Parts: {0}"},
    {"engine.describe.unknown", "Unknown: {0}"},
    {"engine.describe.fact_family", "Fact family: {0}"},
    {"engine.describe.facts", "{0}; {1}"},
    {"engine.describe.stem", "Stem sentence: {0}"},
    {"engine.describe.sentences", "{0} {1}"},
    {"engine.describe.parts_make", "{0} make {1}."},
    {"engine.describe.beads_counted.one", "{0} bead is counted."},
    {"engine.describe.beads_counted.other", "{0} beads are counted."},
    {"engine.describe.question", "?"},
    {"engine.describe.unknown_none", "nothing"},
    {"engine.describe.unknown_whole", "the whole"},
    {"engine.describe.unknown_part", "part {0}"},
    {"engine.describe.unknown_difference", "the difference"},
};

const std::unordered_map<std::string_view, std::string_view>& table() {
    static const std::unordered_map<std::string_view, std::string_view> map = [] {
        std::unordered_map<std::string_view, std::string_view> m;
        for (const Entry& e : kTable) m.emplace(e.key, e.text);  // the first of any duplicate wins
        return m;
    }();
    return map;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Replaces {n} with args[n]; slots without an argument, and braces that are not slots, are kept.
std::string fill(std::string_view text, std::span<const std::string_view> args) {
    std::string out;
    out.reserve(text.size() + 16);
    const std::size_t count = args.size();
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == '{') {
            std::size_t j = i + 1;
            std::size_t index = 0;
            while (j < text.size() && isDigit(text[j]) && j - i <= 3) {
                index = index * 10 + static_cast<std::size_t>(text[j] - '0');
                ++j;
            }
            if (j > i + 1 && j < text.size() && text[j] == '}' && index < count) {
                out += args[index];
                i = j + 1;
                continue;
            }
        }
        out += text[i];
        ++i;
    }
    return out;
}

}  // namespace

std::string tr(std::string_view key, std::initializer_list<std::string_view> args) {
    const auto& map = table();
    const auto it = map.find(key);
    if (it == map.end()) return "[" + std::string(key) + "]";
    return fill(it->second, std::span<const std::string_view>(args.begin(), args.size()));
}

std::string trCount(std::string_view key, std::int64_t n, std::initializer_list<std::string_view> extra) {
    std::string fullKey(key);
    fullKey += (n == 1) ? ".one" : ".other";
    const auto& map = table();
    const auto it = map.find(fullKey);
    if (it == map.end()) return "[" + fullKey + "]";
    const std::string number = countNumeral(n);
    // Slot {0} is the count; extra arguments follow from {1}.
    std::vector<std::string_view> args;
    args.reserve(extra.size() + 1);
    args.push_back(number);
    args.insert(args.end(), extra.begin(), extra.end());
    return fill(it->second, args);
}

bool hasText(std::string_view key) { return table().count(key) != 0; }

std::vector<std::string_view> textKeys() {
    std::vector<std::string_view> keys;
    keys.reserve(std::size(kTable));
    for (const Entry& e : kTable) keys.push_back(e.key);
    return keys;
}

std::string countNumeral(std::int64_t n) {
    constexpr int kGroupSize = 3;
    const bool negative = n < 0;
    // Work on the unsigned magnitude so the most negative int64 is safe.
    std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
    const std::string digits = std::to_string(magnitude);
    const std::string sep = tr("format.thousands_sep");
    std::string out;
    if (negative) out += '-';
    const std::size_t len = digits.size();
    for (std::size_t i = 0; i < len; ++i) {
        if (i > 0 && (len - i) % kGroupSize == 0) out += sep;
        out += digits[i];
    }
    return out;
}

}  // namespace tenfold::model
