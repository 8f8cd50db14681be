import { z } from "zod";
import { createCallbackData } from "../../create-callback-data.js";

export const chooseLanguage = createCallbackData("l", { locale: z.enum(["vi", "en"]) });
