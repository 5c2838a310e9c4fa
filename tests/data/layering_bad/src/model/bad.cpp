// Fixture: a model file that breaks the layering rule; the layering check must reject it.
#include <SDL2/SDL.h>
