/** The area code of Hele landet. */
export const NATIONAL = '000';
