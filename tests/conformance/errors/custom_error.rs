// custom_error: a custom error enum, a conversion step with map_err, and a
// caller that reports each error kind differently.
#[derive(Debug, PartialEq)]
enum BankError {
    Insufficient { needed: u64, available: u64 },
    NoAccount(u32),
    Frozen,
}

struct Bank {
    balances: Vec<u64>,
    frozen: Vec<bool>,
}

impl Bank {
    fn withdraw(&mut self, acct: u32, amount: u64) -> Result<u64, BankError> {
        let i = acct as usize;
        if i >= self.balances.len() {
            return Err(BankError::NoAccount(acct));
        }
        if self.frozen[i] {
            return Err(BankError::Frozen);
        }
        if self.balances[i] < amount {
            return Err(BankError::Insufficient { needed: amount, available: self.balances[i] });
        }
        self.balances[i] -= amount;
        Ok(self.balances[i])
    }

    fn transfer(&mut self, from: u32, to: u32, amount: u64) -> Result<(), String> {
        self.withdraw(from, amount).map_err(|e| format!("transfer failed: {:?}", e))?;
        if (to as usize) < self.balances.len() {
            self.balances[to as usize] += amount;
        }
        Ok(())
    }
}

fn main() {
    let mut bank = Bank { balances: vec![100, 50, 0], frozen: vec![false, false, true] };
    for (acct, amt) in [(0, 30), (1, 80), (5, 1), (2, 0), (0, 70)] {
        match bank.withdraw(acct, amt) {
            Ok(left) => println!("ok, {} left", left),
            Err(BankError::Insufficient { needed, available }) => println!("need {} have {}", needed, available),
            Err(e) => println!("error {:?}", e),
        }
    }
    println!("{:?}", bank.transfer(1, 0, 20));
    println!("{:?}", bank.transfer(1, 0, 40));
    println!("{:?}", bank.balances);
    println!("{}", bank.withdraw(9, 1) == Err(BankError::NoAccount(9)));
}
