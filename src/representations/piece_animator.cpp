// Matching pieces before and after a change, and easing them between the two.
#include "representations/piece_animator.hpp"

#include "representations/pieces_view.hpp"

#include <algorithm>
#include <cmath>

namespace tenfold::repr {

namespace {

// A piece is known by its model, part, place and how many of that part and place come before it: the
// k-th one of 2 tens is the same rod before and after an unrelated change.
using Key = std::tuple<model::ModelId, int, int, int>;
constexpr int kSplitPieces = 10;  // one piece breaks into ten

struct Placed {
    float x, y;
    int index;
    bool block, plain;
    model::BlockScale scale;
};

bool isPieces(const model::Model& m) {
    return m.kind == model::Representation::Blocks || m.kind == model::Representation::Counters;
}

std::map<Key, Placed> placedPieces(const model::Board& b) {
    std::map<Key, Placed> out;
    for (const model::Model& m : b.models) {
        if (!isPieces(m)) continue;
        const bool block = m.kind == model::Representation::Blocks;
        const model::PiecesLayout& l = block ? m.layouts.blocks : m.layouts.counters;
        std::map<std::pair<int, int>, int> seen;
        for (size_t i = 0; i < l.pieces.size(); ++i) {
            const model::Piece& p = l.pieces[i];
            const int k = seen[{p.part, static_cast<int>(p.place)}]++;
            out[Key{m.id, p.part, static_cast<int>(p.place), k}] =
                Placed{static_cast<float>(m.at.x + p.at.x), static_cast<float>(m.at.y + p.at.y), static_cast<int>(i),
                       block, l.plain, l.scale};
        }
    }
    return out;
}

float ease(double t) {
    const double c = std::clamp(t, 0.0, 1.0);
    return static_cast<float>(c * c * (3.0 - 2.0 * c));  // smoothstep: gentle start and stop
}

}  // namespace

void PieceAnimator::clear() {
    tweens_.clear();
    leaving_.clear();
    start_ = -1;
}

bool PieceAnimator::active(double now) const {
    return start_ >= 0 && now - start_ < kDuration && (!tweens_.empty() || !leaving_.empty());
}

void PieceAnimator::boardChanged(const model::Board& before, const model::Board& after, double now, bool reducedMotion,
                                 const Dropped& dropped) {
    // A change while pieces are still moving starts from where they are drawn now.
    std::map<std::pair<model::ModelId, int>, Spot> drawnNow;
    if (active(now)) {
        for (const auto& [k, tw] : tweens_) {
            if (auto s = spotOf(k.first, k.second, now)) drawnNow[k] = *s;
        }
    }
    clear();
    if (reducedMotion) return;
    for (const auto& [k, spot] : dropped) drawnNow[k] = spot;
    std::map<Key, Placed> old = placedPieces(before);
    const std::map<Key, Placed> now2 = placedPieces(after);
    // Pieces still being drawn somewhere else (moving, or just let go) leave from there.
    for (auto& [key, p] : old) {
        if (auto d = drawnNow.find({std::get<0>(key), p.index}); d != drawnNow.end()) {
            p.x = d->second.x;
            p.y = d->second.y;
        }
    }
    // Arrivals and departures per model and place, to pair an exchange's pieces.
    std::map<std::pair<model::ModelId, int>, std::vector<const Placed*>> arrived, left;
    std::map<std::pair<model::ModelId, int>, std::vector<Key>> arrivedKeys;
    for (const auto& [key, p] : now2) {
        const auto it = old.find(key);
        if (it == old.end()) {
            arrived[{std::get<0>(key), std::get<2>(key)}].push_back(&p);
            arrivedKeys[{std::get<0>(key), std::get<2>(key)}].push_back(key);
            continue;
        }
        const float fx = it->second.x, fy = it->second.y;
        if (fx != p.x || fy != p.y) tweens_[{std::get<0>(key), p.index}] = Tween{fx, fy, p.x, p.y, false};
    }
    for (const auto& [key, p] : old) {
        if (now2.count(key) == 0) left[{std::get<0>(key), std::get<2>(key)}].push_back(&p);
    }
    for (const auto& [mp, gone] : left) {
        const model::ModelId m = mp.first;
        const int place = mp.second;
        // Exchange up: the ones that left go to where the new piece of the place above appeared.
        const auto up = arrived.find({m, place + 1});
        // Exchange down: a piece of the place above left and ten of this place appeared.
        for (const Placed* g : gone) {
            Leaving l;
            l.ghost = Ghost{m, static_cast<model::Place>(place), g->block, g->plain, g->scale, Spot{g->x, g->y, 1}};
            l.toX = g->x;
            l.toY = g->y;
            if (up != arrived.end() && !up->second.empty()) {
                l.toX = up->second.front()->x;
                l.toY = up->second.front()->y;
            }
            leaving_.push_back(l);
        }
        if (up != arrived.end()) {
            for (const Key& k : arrivedKeys[{m, place + 1}]) {
                const Placed& p = now2.at(k);
                tweens_[{m, p.index}] = Tween{p.x, p.y, p.x, p.y, true};
            }
        }
        const auto down = arrived.find({m, place - 1});
        if (down != arrived.end() && !gone.empty()) {
            // The broken piece splits: the new pieces start side by side inside it (ten cubes along a rod,
            // ten rods across a flat) and travel to their places.
            const Placed& broken = *gone.front();
            const scene::Rect face = pieceFace(static_cast<model::Place>(place), broken.block, broken.scale);
            const bool tall = face.h > face.w;
            int k = 0;
            for (const Key& key : arrivedKeys[{m, place - 1}]) {
                const Placed& p = now2.at(key);
                const float step = static_cast<float>(k++ % kSplitPieces) / static_cast<float>(kSplitPieces);
                const float fx = broken.x + (tall ? 0.0f : step * face.w);
                const float fy = broken.y + (tall ? step * face.h : 0.0f);
                tweens_[{m, p.index}] = Tween{fx, fy, p.x, p.y, false};
            }
            // The broken piece itself does not linger.
            leaving_.erase(std::remove_if(leaving_.begin(), leaving_.end(),
                                          [&](const Leaving& l) {
                                              return l.ghost.model == m && static_cast<int>(l.ghost.place) == place;
                                          }),
                           leaving_.end());
        }
    }
    // Pieces simply dropped from the tray or onto the tray need no show.
    leaving_.erase(std::remove_if(leaving_.begin(), leaving_.end(),
                                  [](const Leaving& l) { return l.toX == l.ghost.spot.x && l.toY == l.ghost.spot.y; }),
                   leaving_.end());
    if (!tweens_.empty() || !leaving_.empty()) start_ = now;
}

std::optional<PieceAnimator::Spot> PieceAnimator::spotOf(model::ModelId model, int index, double now) const {
    if (!active(now)) return std::nullopt;
    const auto it = tweens_.find({model, index});
    if (it == tweens_.end()) return std::nullopt;
    const float t = ease((now - start_) / kDuration);
    const Tween& tw = it->second;
    // A piece made by an exchange shows up over the second half, as the pieces it is made of arrive.
    const float alpha = tw.fadeIn ? std::clamp(2.0f * t - 1.0f, 0.0f, 1.0f) : 1.0f;
    return Spot{tw.fromX + (tw.toX - tw.fromX) * t, tw.fromY + (tw.toY - tw.fromY) * t, alpha};
}

std::vector<PieceAnimator::Ghost> PieceAnimator::ghosts(double now) const {
    std::vector<Ghost> out;
    if (!active(now)) return out;
    const float t = ease((now - start_) / kDuration);
    for (const Leaving& l : leaving_) {
        Ghost g = l.ghost;
        g.spot.x = l.ghost.spot.x + (l.toX - l.ghost.spot.x) * t;
        g.spot.y = l.ghost.spot.y + (l.toY - l.ghost.spot.y) * t;
        g.spot.alpha = std::clamp(2.0f - 2.0f * t, 0.0f, 1.0f);  // fades over the second half
        out.push_back(g);
    }
    return out;
}

}  // namespace tenfold::repr
