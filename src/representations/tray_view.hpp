// The tray along the bottom of the screen: one tile per piece a pupil can drag out (the blocks or counters
// of the active chart's columns, largest first), each with its value printed. Dragging a piece back onto
// the tray takes it away. Screen layer, pixels.
#pragma once

#include "model/board.hpp"
#include "representations/palette.hpp"
#include "representations/scene.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tenfold::repr {

struct TrayItem {
    model::Place place = model::Place::Ones;
    bool block = true;
    bool plain = false;
    model::BlockScale scale = model::kWholeNumberScale;
    std::string name;    // for replay scripts: "ones", "tens", ... ("plain" for a plain counter)
    scene::Rect rect{};  // the tile, in pixels (filled in by buildTrayItems)
    // A money model's tray: the coin or note this tile gives (name "20p", "£5"); a tap puts one in the purse.
    std::optional<model::Coin> coin;
};

struct TraySpec {
    model::ModelId model = 0;  // the blocks or counters model the tray adds to (0: none on the board)
    std::vector<TrayItem> items;
    // While a tile is chosen: the "Keep adding" switch beside the tiles (pixels; empty when none is chosen).
    scene::Rect keepAdding{};
};

// The Tray tag index of the "Keep adding" switch (tiles count from 0).
inline constexpr std::uint32_t kKeepAddingIndex = 0xFFFF;

// The tray for a board: what the model a child is working with (`active`: the picked or last-touched model)
// takes. The pieces of `active` if it is a blocks or counters model (none for a fixed set: its counters only
// move), the coins and notes if it is money, else those of a blocks, counters or money model linked to it.
// With no such active model: the first blocks or counters model on the board, else the first money model.
TraySpec traySpecFor(const model::Board& board, model::ModelId active = 0);

// Draws the tiles (filling in each item's rect). `armed` is the index of a tile tapped and waiting for
// a tap on the board (-1: none): it is drawn outlined with a cross that says a tap on it again puts it
// back, and a "Keep adding" switch appears beside the tiles (on: `keepAdding`) for adding several by taps.
void buildTrayItems(scene::Layer& screen, TraySpec& spec, float height, float uiScale, palette::Scheme scheme,
                    int armed, bool keepAdding = false);

// Where the tiles (and the Keep adding switch, while a tile is chosen) end, in pixels from the left: what
// the toolbar must keep clear of. The same layout buildTrayItems draws.
float trayTilesRight(const TraySpec& spec, float uiScale, bool tileChosen);

inline constexpr float kTrayTileWidth = 104.0f;   // pixels at UI scale 1 (a finger-sized target)
inline constexpr float kCoinTileWidth = 76.0f;    // a coin's tile: twelve coins and notes fit beside the toolbar
inline constexpr float kTrayPieceScale = 0.6f;    // pieces in the tray, relative to the board at zoom 1

}  // namespace tenfold::repr
