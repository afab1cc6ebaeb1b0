declare namespace App {
  interface Locals {
    /** Slug of the province whose story is being rendered; <Fig> defaults to it. */
    province?: string;
  }
}
