/** The languages the product speaks: Vietnamese (the default) and English. One type for every layer. */
export type Lang = "vi" | "en";
