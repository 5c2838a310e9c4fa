// Keeping models clear of each other (see board_layout.hpp).
#include "representations/board_layout.hpp"

#include "representations/legibility.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace tenfold::repr {

namespace {
bool closer(const scene::Rect& a, const scene::Rect& b, float gap) {
    return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
}
}  // namespace

ModelAreas modelAreas(const model::Board& board, const BoardViewOptions& options) {
    ModelAreas areas;
    BoardViewOptions o = options;
    o.areas = &areas;
    scene::Layer scratch;
    buildBoard(scratch, board, o);
    return areas;
}

int overlapCount(const ModelAreas& areas, float gap) {
    int n = 0;
    for (std::size_t i = 0; i < areas.size(); ++i) {
        for (std::size_t j = i + 1; j < areas.size(); ++j) n += closer(areas[i].second, areas[j].second, gap) ? 1 : 0;
    }
    return n;
}

std::vector<model::Command> separateModels(const model::Board& board, const ModelAreas& areas,
                                           const std::vector<model::ModelId>& stay) {
    // Board order: the later model is the one that moves when the rule does not say which.
    std::vector<std::pair<model::ModelId, scene::Rect>> rects;
    for (const model::Model& m : board.models) {
        for (const auto& [id, r] : areas) {
            if (id == m.id) rects.emplace_back(id, r);
        }
    }
    auto stays = [&](model::ModelId id) { return std::find(stay.begin(), stay.end(), id) != stay.end(); };
    std::map<model::ModelId, std::pair<float, float>> moved;
    // Every push goes right or down, so this ends; a bound keeps it short on a crowded board.
    constexpr int kMostPasses = 64;
    for (int pass = 0; pass < kMostPasses; ++pass) {
        bool changed = false;
        for (std::size_t i = 0; i < rects.size(); ++i) {
            for (std::size_t j = i + 1; j < rects.size(); ++j) {
                // Close, but not overlapping, is left alone; only a real overlap is parted (with a gap).
                if (!closer(rects[i].second, rects[j].second, 0)) continue;
                const bool iStays = stays(rects[i].first), jStays = stays(rects[j].first);
                const std::size_t mover = (iStays && !jStays) ? j : (jStays && !iStays) ? i : j;
                const std::size_t other = mover == i ? j : i;
                scene::Rect& m = rects[mover].second;
                const scene::Rect& o = rects[other].second;
                const float dx = o.x + o.w + kModelGap - m.x, dy = o.y + o.h + kModelGap - m.y;
                const float step = std::min(dx, dy);
                if (dx <= dy) m.x += step;
                else m.y += step;
                auto& d = moved[rects[mover].first];
                (dx <= dy ? d.first : d.second) += step;
                changed = true;
            }
        }
        if (!changed) break;
    }
    std::vector<model::Command> out;
    for (const auto& [id, d] : moved) {
        const model::Model* m = model::findModel(board, id);
        if (m == nullptr) continue;
        const model::Point to{m->at.x + d.first, m->at.y + d.second};
        if (model::isValidPoint(to)) out.push_back(model::MoveModel{id, to});
    }
    return out;
}

std::vector<model::Command> keepApart(const model::Board& before, const model::Board& after,
                                      const BoardViewOptions& beforeView, const BoardViewOptions& afterView,
                                      model::ModelId* grown) {
    const ModelAreas was = modelAreas(before, beforeView);
    const ModelAreas now = modelAreas(after, afterView);
    std::vector<model::ModelId> stay;
    for (const auto& area : now) {
        const model::ModelId id = area.first;
        const scene::Rect& r = area.second;
        const auto old = std::find_if(was.begin(), was.end(), [id](const auto& a) { return a.first == id; });
        if (old == was.end() || std::abs(old->second.w - r.w) > 0.5f || std::abs(old->second.h - r.h) > 0.5f) stay.push_back(id);
    }
    if (grown != nullptr) *grown = stay.empty() ? 0 : stay.back();
    if (stay.empty()) return {};
    return separateModels(after, now, stay);
}

std::vector<model::Command> roomForText(const model::Board& board, const BoardViewOptions& options, float startZoom,
                                        const std::function<float(const scene::Rect&)>& fit) {
    constexpr int kMostPasses = 6;  // each pass only moves models right or down: it settles in two or three
    model::Board b = board;
    std::map<model::ModelId, model::Point> to;
    float zoom = startZoom;
    for (int pass = 0; pass < kMostPasses; ++pass) {
        BoardViewOptions at = options;
        at.areas = nullptr;
        zoom = settleZoom(zoom, [&](float z) {
            at.pixelsPerUnit = z;
            scene::Layer scratch;
            return buildBoard(scratch, b, at);
        }, fit);
        at.pixelsPerUnit = zoom;
        const std::vector<model::Command> moves = separateModels(b, modelAreas(b, at), {});
        if (moves.empty()) break;
        for (const model::Command& c : moves) {
            auto moved = model::applyCommand(b, c);
            if (!moved) continue;
            b = moved.value();
            const auto& mv = std::get<model::MoveModel>(c);
            to[mv.model] = mv.to;
        }
    }
    std::vector<model::Command> out;
    for (const auto& [id, at] : to) out.push_back(model::MoveModel{id, at});
    return out;
}

}  // namespace tenfold::repr
