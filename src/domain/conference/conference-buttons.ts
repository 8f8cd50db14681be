import type { MessageButton } from "../delivery/message-action.js";

// The three answer buttons of an invitation, a change notice and an RSVP reminder. They are per conference, not
// per revision: an invitation from before a change of time still answers.
export function rsvpButtons(conferenceId: string): MessageButton[][] {
  const answer = (textKey: string, value: "attending" | "absent" | "deputy"): MessageButton => ({
    textKey,
    action: { type: "conference.rsvp", conferenceId, answer: value },
  });
  return [
    [answer("conference.attend_button", "attending"), answer("conference.absent_button", "absent")],
    [answer("conference.deputy_button", "deputy")],
  ];
}

// A unit that attends with the names to follow: the attend button again, under "Gửi danh sách đại biểu".
export function sendNamesButtons(conferenceId: string): MessageButton[][] {
  return [
    [
      {
        textKey: "conference.send_names_button",
        action: { type: "conference.rsvp", conferenceId, answer: "attending" },
      },
    ],
  ];
}

// "🙋 Đã có mặt" on the attendee reminder once check-in is open.
export function checkInButtons(conferenceId: string): MessageButton[][] {
  return [[{ textKey: "conference.check_in_button", action: { type: "conference.check_in", conferenceId } }]];
}
