/**
 * Given names the English lexicon lacks: the Ukrainian, Russian and Belarusian ones in their usual English spellings
 * ("Vasyl", "Olena", "Serhii"), so a full name opening with one is a person's even with no title or verb beside it
 * ("Zelensky removed Vasyl Maliuk from the post").
 */
import { isFirstName } from "../nlp";

const EAST_SLAVIC = new Set(
  ("Vasyl Oleksii Oleksiy Serhii Serhiy Andrii Andriy Dmytro Mykola Mykhailo Mykhaylo Yurii Yuriy Vitalii Vitaliy Anatolii Anatoliy " +
    "Oleh Ihor Taras Bohdan Maksym Denys Yevhen Valerii Valeriy Kyrylo Heorhii Hennadii Stepan Yaroslav Rostyslav Sviatoslav Vadym " +
    "Vladyslav Ruslan Rustem Ostap Arsen Danylo Illia Nazar Borys Petro Volodymyr Oleksandr Leonid Valentyn Vasily Gennady Valery " +
    "Vyacheslav Sergey Dmitri Grigory Oleg Arkady Maxim Yevgeniy Timur " +
    "Olena Iryna Yulia Yuliia Tetiana Tetyana Kateryna Svitlana Liudmyla Lyudmyla Halyna Valentyna Nataliia Nataliya Larysa Inna Alla " +
    "Lesia Marharyta Viktoriia Dariia Anastasiia Khrystyna Solomiia Yaryna Mariia Olha Nadiia Liubov Vira Oleksandra Yevheniia Kseniia " +
    "Ekaterina Yekaterina Tatiana Tatyana Lyudmila Svetlana Irina Elena Yelena Natalya Galina Kseniya").split(" "),
);

export function isGivenName(word: string): boolean {
  return EAST_SLAVIC.has(word) || isFirstName(word);
}
