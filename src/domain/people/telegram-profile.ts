export type TelegramProfile = {
  telegramId: number;
  chatId: number;
  firstName: string;
  lastName?: string;
  username?: string;
  languageCode?: string;
};
