/** CSV files as labs' spreadsheets write them: separators and decimal commas. */
package org.alloygan.core.csv;
