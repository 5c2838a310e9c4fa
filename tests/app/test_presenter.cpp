// Tests for the open lesson (app/presenter.hpp): each step keeps what the class did while the lesson is
// open; the lesson as it is now holds every step's history; Check keeps its verdict; Vary and "Add this
// board as a step" insert an ordinary step after the one on screen; How we built it plays, steps, seeks and
// ends where it began; continue from here keeps the class's own history aside, and brings it back.
#include "app/presenter.hpp"
#include "model/lesson_file.hpp"

#include <catch2/catch.hpp>

using namespace tenfold;
using namespace tenfold::app;

namespace {
model::Value v(std::int64_t n) { return model::Value::whole(n).value(); }

// A board with one chart of blocks (model 2) holding `value`.
model::Board blocks(std::int64_t value) {
    model::Board b;
    b.models.clear();
    b.groups.clear();
    return model::applyCommand(b, model::AddModel{model::Representation::Blocks, model::Level::Concrete, model::Point{0, 0},
                                                  v(value), std::nullopt})
        .value();
}
model::Command addTen() { return model::AddPiece{2, 0, model::Place::Tens, std::nullopt}; }
model::Command addOne() { return model::AddPiece{2, 0, model::Place::Ones, std::nullopt}; }
model::Value valueOf(const model::Session& s) { return s.board().groups.front().quantity.value(); }

// Three steps: "Show 47" (checked, standard), "Show 30" (checked), "Talk about it" (no check).
model::Lesson lesson() {
    model::Lesson l;
    l.title = "Partition numbers to 100";
    l.year = 2;
    for (const auto& [title, prompt, value] : {std::tuple{"Numbers to 100", "Show 47 with base 10 blocks.", 47},
                                               std::tuple{"Tens", "Show 30 with base 10 blocks.", 30},
                                               std::tuple{"Talk", "What do you notice?", 0}}) {
        model::Step s;
        s.title = title;
        s.prompt = prompt;
        s.board = blocks(0);
        if (value > 0) {
            model::Check c;
            c.value = v(value);
            c.arrangement = model::ArrangementRule::Standard;
            s.check = c;
        }
        l.steps.push_back(s);
    }
    return l;
}
}  // namespace

SCENARIO("Each step keeps what the class did to it while the lesson is open") {
    model::Session session;
    auto opened = Presenter::open(lesson(), {}, 0, session);
    REQUIRE(opened.ok());
    Presenter p = opened.value();
    REQUIRE(p.current() == 0);
    REQUIRE(session.board() == p.step().board);
    for (int i = 0; i < 4; ++i) REQUIRE(session.apply(addTen()).ok());
    for (int i = 0; i < 7; ++i) REQUIRE(session.apply(addOne()).ok());
    REQUIRE(valueOf(session) == v(47));
    WHEN("the class goes to the next step and comes back") {
        REQUIRE(p.next(session));
        THEN("the next step starts from its own board") {
            CHECK(p.current() == 1);
            CHECK(valueOf(session) == v(0));
            CHECK_FALSE(session.canUndo());
        }
        REQUIRE(session.apply(addTen()).ok());
        REQUIRE(p.back(session));
        THEN("the first step is as they left it, with its undo history") {
            CHECK(p.current() == 0);
            CHECK(valueOf(session) == v(47));
            CHECK(session.log().size() == 11);
            REQUIRE(session.undo());
            CHECK(valueOf(session) == v(46));
        }
        THEN("the lesson as it is now has both steps' histories, and the step on screen's") {
            const model::Lesson now = p.lessonNow(session);
            CHECK(now.steps[0].log.size() == 11);
            CHECK(now.steps[1].log.size() == 1);
            CHECK(now.steps[2].log.empty());
            CHECK(model::boardNow(now.steps[0]).value() == session.board());
            CHECK(now.steps[0].board == lesson().steps[0].board);
        }
    }
    THEN("there is no step before the first, nor after the last") {
        CHECK_FALSE(p.back(session));
        CHECK(p.goTo(2, session));
        CHECK_FALSE(p.next(session));
        CHECK_FALSE(p.goTo(3, session));
        CHECK(p.current() == 2);
    }
    THEN("a step that is not there cannot be opened") {
        model::Session s;
        auto none = Presenter::open(lesson(), {}, 3, s);
        REQUIRE_FALSE(none.ok());
        CHECK(none.error().message == "The lesson has 3 steps: choose a step from 1 to 3.");
    }
}

SCENARIO("Check answers for the board on screen, until it changes step") {
    model::Session session;
    Presenter p = Presenter::open(lesson(), {}, 0, session).value();
    for (int i = 0; i < 7; ++i) REQUIRE(session.apply(addTen()).ok());
    for (int i = 0; i < 4; ++i) REQUIRE(session.apply(addOne()).ok());
    WHEN("74 is checked against 47") {
        REQUIRE(p.check(session.board()));
        THEN("it is not right, and the digits-swapped misconception is named for model 2") {
            REQUIRE(p.verdict().has_value());
            CHECK_FALSE(p.verdict()->right);
            REQUIRE(p.verdict()->misconception.has_value());
            CHECK(model::misconceptionId(*p.verdict()->misconception) == "digits-swapped");
            CHECK(p.verdict()->model == model::ModelId{2});
        }
        THEN("moving to another step leaves the verdict behind") {
            REQUIRE(p.next(session));
            CHECK_FALSE(p.verdict().has_value());
        }
    }
    WHEN("a step with no check is checked") {
        REQUIRE(p.goTo(2, session));
        THEN("there is nothing to say") {
            CHECK_FALSE(p.check(session.board()));
            CHECK_FALSE(p.verdict().has_value());
        }
    }
}

SCENARIO("Vary and Add this board as a step insert an ordinary step after the one on screen") {
    model::Session session;
    Presenter p = Presenter::open(lesson(), {}, 0, session).value();
    REQUIRE(session.apply(addTen()).ok());
    WHEN("Vary offers its choices for the first step") {
        const std::vector<VaryChoice> choices = varyChoices(p.step());
        THEN("each kind is there, named, and one more ten makes 57") {
            REQUIRE(choices.size() == 8);
            CHECK(choices[0].name == "times-ten");
            CHECK(choices[4].label == "Next multiple of 5");
            CHECK(choices[1].name == "one-more-ten");
            REQUIRE(choices[1].step.ok());
            CHECK(choices[1].step.value().prompt == "Show 57 with base 10 blocks.");
            CHECK(choices[7].name == "unknown");
            CHECK_FALSE(choices[7].step.ok());  // one number in one part: no other part to hide
        }
        AND_WHEN("it is chosen") {
            p.insertAfter(choices[1].step.value(), session);
            THEN("it is step 2 of 4, on screen with an empty history, and step 1 kept its work") {
                CHECK(p.count() == 4);
                CHECK(p.current() == 1);
                CHECK(p.step().prompt == "Show 57 with base 10 blocks.");
                CHECK_FALSE(session.canUndo());
                REQUIRE(p.back(session));
                CHECK(valueOf(session) == v(10));
                CHECK(p.lesson().steps[2].title == "Tens");
            }
        }
    }
    WHEN("the board on screen is added as a step") {
        p.insertAfter(Presenter::stepFromBoard(session.board(), p.current() + 2), session);
        THEN("the new step starts from that board, with a title and a prompt") {
            CHECK(p.current() == 1);
            CHECK(p.step().title == "Step 2");
            CHECK(p.step().prompt == "What do you notice?");
            CHECK(valueOf(session) == v(10));
            CHECK(model::validateLesson(p.lessonNow(session)).ok());
        }
    }
    WHEN("a board with no lesson is made a lesson") {
        model::Session alone(blocks(0));
        REQUIRE(alone.apply(addOne()).ok());
        Presenter made = Presenter::fromBoard(alone);
        THEN("it is one step whose history is how the board was built") {
            CHECK(made.count() == 1);
            const model::Lesson now = made.lessonNow(alone);
            CHECK(now.steps[0].log.size() == 1);
            CHECK(model::validateLesson(now).ok());
        }
    }
}

SCENARIO("How we built it plays a step's history back and continues from any point") {
    model::Session session;
    Presenter p = Presenter::open(lesson(), {}, 0, session).value();
    for (int i = 0; i < 4; ++i) REQUIRE(session.apply(addTen()).ok());
    for (int i = 0; i < 7; ++i) REQUIRE(session.apply(addOne()).ok());
    REQUIRE(p.startPlayback(session));
    THEN("it starts at the step's first board, paused until played") {
        CHECK(p.playbackOn());
        CHECK_FALSE(p.playing());
        CHECK(p.playback()->length() == 11);
        CHECK(valueOf(session) == v(0));
        CHECK_FALSE(session.canUndo());
    }
    WHEN("it plays") {
        p.play(10.0);
        CHECK_FALSE(p.advance(10.0 + 0.5 * kPlaybackSecondsPerCommand, session));
        CHECK(p.advance(10.0 + kPlaybackSecondsPerCommand, session));
        THEN("a command comes every so often") {
            CHECK(p.playback()->position() == 1);
            CHECK(valueOf(session) == v(10));
            REQUIRE(p.nextTick().has_value());
            CHECK(*p.nextTick() == Approx(10.0 + 2 * kPlaybackSecondsPerCommand));
        }
        AND_WHEN("it reaches the end") {
            double t = 11.0;
            while (p.playing()) p.advance(t += kPlaybackSecondsPerCommand, session);
            THEN("it stops there, on the board as the class left it") {
                CHECK(p.playback()->position() == 11);
                CHECK(valueOf(session) == v(47));
                CHECK_FALSE(p.nextTick().has_value());
            }
        }
    }
    WHEN("it is stopped") {
        REQUIRE(p.seek(3, session));
        p.stopPlayback(session);
        THEN("the step is back as the class left it, history and all") {
            CHECK_FALSE(p.playbackOn());
            CHECK(valueOf(session) == v(47));
            CHECK(session.log().size() == 11);
        }
    }
    WHEN("the class continues from after the fourth ten") {
        REQUIRE(p.seek(4, session));
        p.continueFromHere(session);
        THEN("the board is 40, the rest can be redone, and the class's own history is kept aside") {
            CHECK_FALSE(p.playbackOn());
            CHECK(valueOf(session) == v(40));
            CHECK(session.canRedo());
            CHECK(p.hasOther());
            CHECK(p.otherIsOriginal());
            CHECK(p.lessonNow(session).steps[0].log.size() == 4);
        }
        AND_WHEN("they do something new, then go back to where they were") {
            REQUIRE(session.apply(addOne()).ok());
            CHECK_FALSE(session.canRedo());
            p.backToOther(session);
            THEN("what they did first is all there") {
                CHECK(valueOf(session) == v(47));
                CHECK(session.log().size() == 11);
                CHECK_FALSE(p.otherIsOriginal());
            }
            AND_WHEN("they go back to the new way") {
                p.backToOther(session);
                THEN("it is there too") {
                    CHECK(valueOf(session) == v(41));
                    CHECK(p.otherIsOriginal());
                }
            }
        }
        AND_WHEN("they play the new way back and continue again from it") {
            REQUIRE(session.apply(addOne()).ok());
            REQUIRE(p.startPlayback(session));
            REQUIRE(p.seek(2, session));
            p.continueFromHere(session);
            THEN("the history kept aside is still the class's own") {
                CHECK(valueOf(session) == v(20));
                p.backToOther(session);
                CHECK(valueOf(session) == v(47));
            }
        }
    }
    WHEN("the class moves to another step while it plays") {
        REQUIRE(p.next(session));
        REQUIRE(p.back(session));
        THEN("the playback ended and the step is as they left it") {
            CHECK_FALSE(p.playbackOn());
            CHECK(valueOf(session) == v(47));
        }
    }
    THEN("a step with nothing done has nothing to play") {
        REQUIRE(p.next(session));
        CHECK_FALSE(p.startPlayback(session));
    }
}
