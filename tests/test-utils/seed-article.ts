// The original article in seeds/, as the browser tests find it on the built site.
export const SEED_TITLE = 'Azeri, Armenian Leaders In Moscow For Crucial Post-Karabakh Meeting';
export const SEED_SLUG = 'azeri-armenian-leaders-in-moscow-for-crucial-post-karabakh-meeting';
