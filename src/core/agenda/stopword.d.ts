// The stopword package ships no types; these are the per-language lists the agenda reads.
declare module "stopword" {
  export const eng: string[];
  export const deu: string[];
  export const fra: string[];
  export const spa: string[];
}
