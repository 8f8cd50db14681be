import type { Composer } from "telegraf";
import type { BotContext } from "./bot-context.js";

// A map of handlers per composer behind one middleware of that composer (buttons by code, commands by name),
// installed with the first handler: an update then passes one lookup per composer instead of one filtered
// middleware per handler.
export function registryPerComposer<H>(
  install: (composer: Composer<BotContext>, registered: ReadonlyMap<string, H>) => void,
): (composer: Composer<BotContext>) => Map<string, H> {
  const registries = new WeakMap<Composer<BotContext>, Map<string, H>>();
  return (composer) => {
    let registered = registries.get(composer);
    if (!registered) {
      registered = new Map<string, H>();
      registries.set(composer, registered);
      install(composer, registered);
    }
    return registered;
  };
}
