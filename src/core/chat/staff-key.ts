/** The key a marked staff account and a comment's author share (a user id is only unique on its own platform). */
export const staffKey = (platform: string, userId: string): string => `${platform}\u0000${userId}`;
