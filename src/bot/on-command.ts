import type { Composer } from "telegraf";
import type { Message } from "telegraf/types";
import type { BotContext } from "./bot-context.js";
import { registryPerComposer } from "./registry-per-composer.js";

export type CommandContext = BotContext & { message: Message.TextMessage; command: string; payload: string };
type CommandHandler = (ctx: CommandContext) => unknown;

// Each composer's commands, by name: one middleware per composer reads the command once, where telegraf's
// command() adds a filtered middleware per command that every update walked past (bench/update-throughput.ts).
// Read as telegraf reads it: a bot_command entity at the start, "/name" or "/name@thisbot" (the bot's username in
// any case), the name matched exactly, the rest of the text after one space the payload.
const commandsOf = registryPerComposer<CommandHandler>((composer, registered) =>
  composer.use((ctx, next) => {
    const message = ctx.message;
    if (!message || !("text" in message)) return next();
    const entity = message.entities?.[0];
    if (entity?.type !== "bot_command" || entity.offset > 0) return next();
    const [command, to] = message.text.slice(1, entity.length).split("@");
    if (!command || (to && to.toLowerCase() !== ctx.me.toLowerCase())) return next();
    const handle = registered.get(command);
    if (!handle) return next();
    const payload = message.text.slice(entity.length + 1);
    return Promise.resolve(handle(Object.assign(ctx, { command, payload }) as CommandContext));
  }),
);

export function onCommand(composer: Composer<BotContext>, name: string, handler: CommandHandler): void {
  const commands = commandsOf(composer);
  if (commands.has(name)) throw new Error(`/${name} is registered twice in one composer`);
  commands.set(name, handler);
}
