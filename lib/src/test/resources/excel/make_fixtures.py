"""Makes the Excel fixtures that CustomerFileExcelTest reads from files rather than making them with Apache POI.

Run from this folder with Debian's Python and openpyxl (apt-get install python3-openpyxl; made with openpyxl 3.0.9):

    /usr/bin/python3 make_fixtures.py

openpyxl-formulas.xlsx: a sheet 'Orders' whose 'amount' column is a formula (=B2*C2, ...). openpyxl writes formulas
without their computed values (it cannot calculate), as many programs other than Excel and LibreOffice do, so a
reader must not take the missing value for 0. (openpyxl writes an empty value element, <v></v>, not none at all.)
"""
from openpyxl import Workbook

book = Workbook()
sheet = book.active
sheet.title = "Orders"
sheet.append(["id", "price", "quantity", "amount"])
for row, (price, quantity) in enumerate([(2.5, 4), (10, 3)], start=2):
    sheet.append([row - 1, price, quantity, f"=B{row}*C{row}"])
book.save("openpyxl-formulas.xlsx")
