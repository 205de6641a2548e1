// The route's states and item kinds live in the engine (its drafter and state machine use them);
// these aliases let the application name them beside the route entities.
global using RouteItemKind = EduCycle.Engine.Development.RouteItemKind;
global using RouteStatus = EduCycle.Engine.Development.RouteStatus;
