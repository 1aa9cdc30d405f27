// NUL and the C0/C1 control characters never reach the database (PostgreSQL refuses NUL);
// multi-line text keeps tab and line breaks.
export const CONTROL_SINGLE_LINE = /[\u0000-\u001f\u007f-\u009f]/;
export const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/**
 * Half of a UTF-16 surrogate pair without the other half: JSON can spell one ("\ud800"), but it is
 * no character, UTF-8 cannot hold it and PostgreSQL refuses it inside a JSON value.
 */
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Control, format (text direction) and line-separator characters: none belongs in a one-line name. */
export const INVISIBLE_CHARACTERS = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
